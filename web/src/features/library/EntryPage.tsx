import { Alert, Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getLibraryEntry } from '../../api/library';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { Comments } from '../comments/Comments';
import { useNames } from '../authorities/useNames';
import { useLoad } from '../partners/useLoad';
import { Attachments } from './Attachments';
import { DecisionPanel } from './DecisionPanel';
import { inLang, mayReview } from './labels';
import { useAuthorityNames } from './LinkedAuthorities';

/** One library entry in the reader's language, its links and source, the review panel for managers, and its comments. */
export default function EntryPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { user } = useAuth();
  const entry = useLoad((s) => getLibraryEntry(id, s), `${id}:${user?.id ?? ''}`);
  const e = entry.data;
  // The linked authorities by the directory's names (a code until its name has come).
  const names = useNames();
  const known = useAuthorityNames(e?.authorityCodes ?? []);
  const lang = i18n.language;
  const title = e ? inLang(lang, e.titleTr, e.titleEn) : t('library.title');
  const body = e ? inLang(lang, e.bodyTr, e.bodyEn) : '';

  return (
    <Page title={title} size="md">
      {entry.error !== null && <ErrorAlert error={entry.error} />}
      {entry.loading && !e && <Loading />}
      {e && (
        <Stack gap="lg">
          <Group gap="xs">
            <Badge variant="light">{t(`library.kinds.${e.kind}`)}</Badge>
            {e.status !== 'published' && <Badge variant="light" color={e.status === 'rejected' ? 'red' : 'yellow'}>{t(`library.status.${e.status}`)}</Badge>}
            {e.source && <Badge variant="light" color="gray">{t('library.external')}</Badge>}
            {e.country && <Text size="sm">{fmt.country(e.country)}</Text>}
            {e.authorityType && <Text size="sm">{t(`authorityTypes.${e.authorityType}`)}</Text>}
            {e.year !== null && <Text size="sm">{e.year}</Text>}
          </Group>
          {e.status === 'rejected' && e.decisionReason && <Alert color="red" title={t('library.rejectedBecause')}>{e.decisionReason}</Alert>}
          <Text size="lg">{inLang(lang, e.summaryTr, e.summaryEn)}</Text>
          {body.split(/\n{2,}/).filter(Boolean).map((para, i) => <Text key={i}>{para}</Text>)}
          {e.themes.length > 0 && <Text size="sm"><strong>{t('library.filters.theme')}:</strong> {e.themes.map((x) => t(`themes.${x}`, { defaultValue: x })).join(', ')}</Text>}
          {e.source && (
            <Stack gap={4} component="section" aria-labelledby="source-title">
              <Title order={2} size="h4" id="source-title">{t('library.source.title')}</Title>
              <Text size="sm">{t('library.source.note')}</Text>
              <Text size="sm">{e.source.publisher}</Text>
              <Anchor href={e.source.url} target="_blank" rel="noopener noreferrer">{t('library.source.open')}</Anchor>
              <Text size="xs" c="dimmed">{e.source.licence}</Text>
            </Stack>
          )}
          {(e.authorityCodes.length > 0 || e.twinningIds.length > 0 || e.projectIds.length > 0) && (
            <Stack gap={4} component="section" aria-labelledby="links-title">
              <Title order={2} size="h4" id="links-title">{t('library.links.title')}</Title>
              <List size="sm">
                {e.authorityCodes.map((c) => <List.Item key={c}><Anchor component={Link} to={`/authorities/${encodeURIComponent(c)}`}>{known[c] ? names.text(known[c]) : t('library.links.authority', { code: c })}</Anchor></List.Item>)}
                {e.twinningIds.map((x, i) => <List.Item key={x}><Anchor component={Link} to={`/twinnings/${x}`}>{t('library.links.twinning', { n: i + 1 })}</Anchor></List.Item>)}
                {e.projectIds.map((x, i) => <List.Item key={x}><Anchor component={Link} to={`/grants/projects/${x}`}>{t('library.links.project', { n: i + 1 })}</Anchor></List.Item>)}
              </List>
            </Stack>
          )}
          <Attachments entry={e} canAttach={mayReview(user) || (e.mine && e.status === 'proposed')} onAdded={entry.reload} />
          {mayReview(user) && e.status === 'proposed' && <DecisionPanel entry={e} onDecided={entry.setData} />}
          <Comments kind="library" id={e.id} />
        </Stack>
      )}
    </Page>
  );
}
