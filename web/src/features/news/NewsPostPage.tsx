import { Anchor, Badge, Button, Group, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Theme } from '../../../../shared/themes';
import { getNews, publishNews } from '../../api/news';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { notify } from '../../components/notify';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { themeLabel } from '../authorities/labels';
import { useLoad } from '../partners/useLoad';
import { inLang } from './newsText';

/** One post in the reader's language; managers and admins edit it and publish a draft. */
export default function NewsPostPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const id = useParams().id ?? '';
  const post = useLoad((s) => getNews(id, s), id);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (post.error !== null) return <Page title={t('news.title')}><ErrorAlert error={post.error} /></Page>;
  if (!post.data) return <Loading />;
  const p = post.data;
  const text = inLang(p, i18n.language);

  const publish = async () => {
    setBusy(true);
    setFailure(null);
    try {
      post.setData(await publishNews(p.id));
      notify('teal', t('news.published'));
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={text.title} size="md"
      actions={p.canEdit ? (
        <Group>
          <Button variant="default" component={Link} to={`/news/${p.id}/edit`}>{t('news.edit')}</Button>
          {p.status === 'draft' && <Button onClick={() => void publish()} loading={busy}>{t('news.publish')}</Button>}
        </Group>
      ) : undefined}>
      <Stack gap="md">
        {failure !== null && <ErrorAlert error={failure} />}
        <Group gap="xs">
          <Text size="sm" c="dimmed">{p.publishedAt ? t('news.publishedOn', { date: fmt.date(p.publishedAt), author: p.authorName }) : t('news.draft')}</Text>
          {p.demo && <Badge color="yellow" variant="light">{t('news.demo')}</Badge>}
          {p.themes.map((theme) => <Badge key={theme} variant="light">{themeLabel(t, theme as Theme)}</Badge>)}
        </Group>
        {p.coverImage && <Image src={p.coverImage} alt="" radius="md" mah={360} fit="cover" />}
        <Text fw={500} size="lg">{text.summary}</Text>
        {text.body.split(/\n{2,}/).map((para, i) => <Text key={i} style={{ whiteSpace: 'pre-line' }}>{para}</Text>)}
        <Anchor component={Link} to="/news">{t('news.all')}</Anchor>
      </Stack>
    </Page>
  );
}
