import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Consultation } from '../../../../shared/participation';
import { getConsultation, getMyResponse, getResults } from '../../api/participation';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useLoad } from '../partners/useLoad';
import { Comments } from '../comments/Comments';
import { AnonymousAnswer } from './AnonymousAnswer';
import { AnswerForm } from './AnswerForm';
import { emptyAnswers, fromResponse } from './answerState';
import { linkHref, textOf } from './labels';
import { OrganiserPanel } from './OrganiserPanel';
import { ResultsExport } from './ResultsExport';
import { ResultsView } from './ResultsView';
import { StatusBadge } from './StatusBadge';

/**
 * Answering while open: the form for signed-in users (prefilled with their answer); signed out, the
 * same form with an address on a public consultation, else a line asking to sign in.
 */
function AnswerSection({ consultation: c, onSaved }: { consultation: Consultation; onSaved: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const mine = useLoad(user && c.status === 'open' ? (s) => getMyResponse(c.id, s) : null, `${c.id}:${user?.id ?? ''}`);
  // Lives here, not in the form: the form is rebuilt from the saved answer the server sends back.
  const [saved, setSaved] = useState(false);
  if (c.status !== 'open') return null;
  if (!user && c.audience === 'public') return <AnonymousAnswer consultation={c} />;
  if (!user) {
    return (
      <Alert variant="light" title={t('participation.form.title')}>
        {t('participation.form.signInFirst')}{' '}
        <Anchor component={Link} to={`/signin?next=${encodeURIComponent(`/consultations/${c.id}`)}`}>{t('nav.signIn')}</Anchor>
      </Alert>
    );
  }
  if (mine.error !== null) return <ErrorAlert error={mine.error} />;
  return (
    <Stack gap="sm">
      {mine.loading ? <Loading /> : (
        <AnswerForm key={mine.data?.updatedAt ?? 'new'} consultation={c} initial={mine.data ? fromResponse(mine.data) : emptyAnswers}
          answered={mine.data !== null} onSaved={() => { setSaved(true); mine.reload(); onSaved(); }} />
      )}
      {saved && <Alert color="teal" variant="light" role="status">{t('participation.form.saved')}</Alert>}
    </Stack>
  );
}

/** A consultation: what it asks and until when, the answer form, the balanced results and the decision. */
export default function ConsultationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { user } = useAuth();
  // Reloaded when the reader changes: `canManage` is the reader's.
  const item = useLoad((s) => getConsultation(id, s), `${id}:${user?.id ?? ''}`);
  const results = useLoad((s) => getResults(id, s), id);
  const c = item.data;
  if (item.error !== null) return <Page title={t('participation.title')}><ErrorAlert error={item.error} /></Page>;
  if (!c) return <Loading />;
  const reload = () => { item.reload(); results.reload(); };

  return (
    <Page title={textOf(i18n.language, c.title)} size="xl"
      actions={<Button component={Link} to="/consultations" variant="default" size="sm">{t('participation.backToList')}</Button>}>
      <Stack gap="xl">
        <Stack gap="xs">
          <Group gap="xs">
            <StatusBadge status={c.status} />
            {c.demo && <Badge color="yellow" variant="light">{t('participation.demo')}</Badge>}
          </Group>
          <Text>{t('participation.dates', { opens: fmt.dateTime(c.opensAt), closes: fmt.dateTime(c.closesAt) })}</Text>
          <Text size="sm" c="dimmed">{t('participation.organisedBy', { name: c.organiser.name })} · {t(`participation.audience.${c.audience}`)}</Text>
          {c.link && <Anchor component={Link} to={linkHref(c.link)} w="fit-content">{t(`participation.linkTo.${c.link.kind}`)}</Anchor>}
          <Text style={{ whiteSpace: 'pre-line' }} maw={760}>{textOf(i18n.language, c.description)}</Text>
        </Stack>
        {c.decision && (
          <section aria-labelledby="decision-title">
            <Alert color="teal" variant="light">
              <Title order={2} size="h3" id="decision-title">{t('participation.decision.title')}</Title>
              <Text size="sm" c="dimmed" mb="xs">{t('participation.decision.published', { at: fmt.dateTime(c.decision.publishedAt) })}</Text>
              <Text style={{ whiteSpace: 'pre-line' }}>{textOf(i18n.language, c.decision.text)}</Text>
            </Alert>
          </section>
        )}
        <AnswerSection consultation={c} onSaved={reload} />
        {c.canManage && <OrganiserPanel consultation={c} onChanged={reload} />}
        <section aria-labelledby="results-title">
          <Group justify="space-between" align="center" gap="sm" mb="sm">
            <Title order={2} size="h3" id="results-title">{t('participation.results.title')}</Title>
            {results.data && <ResultsExport consultationId={c.id} />}
          </Group>
          {results.error !== null && <ErrorAlert error={results.error} />}
          {results.data && <ResultsView consultation={c} results={results.data} />}
        </section>
        <Comments kind="consultation" id={c.id} />
      </Stack>
    </Page>
  );
}
