import { Anchor, Group, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listNews } from '../../api/news';
import { useLoad } from '../partners/useLoad';
import { NewsCard } from './NewsCard';

/** The three latest posts on the home page; nothing at all while there are none (or they fail to load). */
export function LatestNews() {
  const { t } = useTranslation();
  const list = useLoad((s) => listNews({ limit: 3 }, s), 'latest');
  if (!list.data?.items.length) return null;
  return (
    <section aria-labelledby="latest-news">
      <Group justify="space-between" align="baseline" mt={48} mb="md">
        <Title order={2} id="latest-news">{t('news.latest')}</Title>
        <Anchor component={Link} to="/news" fw={600}>{t('news.all')}</Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {list.data.items.map((p) => <NewsCard key={p.id} post={p} headingLevel="h3" />)}
      </SimpleGrid>
    </section>
  );
}
