import { Anchor, Badge, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NewsPost } from '../../../../shared/news';
import { newsPath } from '../../../../shared/news.paths';
import { useFormat } from '../../i18n/format';
import { inLang } from './newsText';

/** One post in a list: date, title linking to its page, summary, demo and draft badges. */
export function NewsCard({ post, headingLevel = 'h2' }: { post: NewsPost; headingLevel?: 'h2' | 'h3' }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const text = inLang(post, i18n.language);
  const Heading = headingLevel;
  return (
    <Card withBorder component="article" aria-labelledby={`news-${post.id}`}>
      <Group gap="xs" mb={4}>
        <Text size="sm" c="dimmed">{post.publishedAt ? fmt.date(post.publishedAt) : t('news.draft')}</Text>
        {post.demo && <Badge color="yellow" variant="light">{t('news.demo')}</Badge>}
        {post.status === 'draft' && <Badge color="gray" variant="light">{t('news.draft')}</Badge>}
      </Group>
      <Heading style={{ margin: 0, fontSize: 'var(--mantine-font-size-lg)' }}>
        <Anchor component={Link} to={newsPath(post.id)} fw={600} id={`news-${post.id}`}>{text.title}</Anchor>
      </Heading>
      <Text size="sm" mt="xs" lineClamp={3}>{text.summary}</Text>
    </Card>
  );
}
