import { Anchor, Button, Group, Pagination, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconRss } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listNews } from '../../api/news';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { currentLang } from '../../i18n';
import { useLoad } from '../partners/useLoad';
import { NewsCard } from './NewsCard';
import { mayWriteNews } from './newsText';

const PAGE_SIZE = 10;

/** Published news, newest first, ten a page; managers also see their drafts and a button to write. */
export default function NewsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useLoad((s) => listNews({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, s), String(page));
  const writer = mayWriteNews(user);
  const drafts = useLoad(writer ? (s) => listNews({ status: 'draft', limit: 50 }, s) : null, `drafts-${writer}`);
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;

  return (
    <Page title={t('news.title')} intro={t('news.intro')}
      actions={writer ? <Button component={Link} to="/news/new">{t('news.write')}</Button> : undefined}>
      <Stack gap="lg">
        <Group>
          <Anchor href={`/api/feed.atom?lang=${currentLang()}`} size="sm"><Group gap={4} component="span"><IconRss size={16} aria-hidden />{t('news.feed')}</Group></Anchor>
        </Group>
        {writer && (drafts.data?.items.length ?? 0) > 0 && (
          <section aria-labelledby="news-drafts">
            <Title order={2} size="h3" id="news-drafts" mb="sm">{t('news.drafts')}</Title>
            <SimpleGrid cols={{ base: 1, md: 2 }}>{drafts.data!.items.map((p) => <NewsCard key={p.id} post={p} headingLevel="h3" />)}</SimpleGrid>
          </section>
        )}
        {list.error !== null && <ErrorAlert error={list.error} />}
        {list.loading && <Loading />}
        {list.data?.items.length === 0 && <Text>{t('news.none')}</Text>}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {list.data?.items.map((p) => <NewsCard key={p.id} post={p} />)}
        </SimpleGrid>
        {pages > 1 && (
          <Pagination total={pages} value={page} onChange={(n) => setParams(n === 1 ? {} : { page: String(n) })}
            getControlProps={(c) => ({ 'aria-label': t(`directory.pageControl.${c}`) })} getItemProps={(n) => ({ 'aria-label': t('directory.page', { page: n }) })} />
        )}
      </Stack>
    </Page>
  );
}
