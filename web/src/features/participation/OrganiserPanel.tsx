import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../../../shared/participation';
import { decideStatement, getPendingStatements, publishDecision } from '../../api/participation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../partners/useLoad';

type Pending = ReturnType<typeof usePending>;
const usePending = (id: string) => useLoad((s) => getPendingStatements(id, s), id);

/** Statements respondents added, for the organiser to accept (shown to others) or reject. */
function PendingStatements({ id, pending }: { id: string; pending: Pending }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const decide = async (sid: string, accept: boolean) => {
    setFailure(null);
    try {
      await decideStatement(id, sid, accept);
      pending.reload();
    } catch (err) {
      setFailure(err);
    }
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">{t('participation.organiser.pendingTitle')}</Title>
      {pending.error !== null && <ErrorAlert error={pending.error} />}
      {failure !== null && <ErrorAlert error={failure} />}
      {pending.data?.items.length === 0 && <Text c="dimmed">{t('participation.organiser.noPending')}</Text>}
      {pending.data?.items.map((s) => (
        <Paper key={s.id} withBorder p="sm">
          <Text>{s.text}</Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" onClick={() => void decide(s.id, true)} aria-label={t('participation.organiser.acceptLabel', { text: s.text })}>{t('participation.organiser.accept')}</Button>
            <Button size="xs" variant="default" onClick={() => void decide(s.id, false)} aria-label={t('participation.organiser.rejectLabel', { text: s.text })}>{t('participation.organiser.reject')}</Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** The decision that answers a closed consultation, in both languages. */
function DecisionForm({ id, onPublished }: { id: string; onPublished: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState({ tr: '', en: '' });
  const [failure, setFailure] = useState<unknown>(null);
  const [empty, setEmpty] = useState(false);
  const publish = async () => {
    const empty = text.tr.trim() === '' && text.en.trim() === '';
    setEmpty(empty);
    if (empty) return;
    setFailure(null);
    try {
      await publishDecision(id, text);
      onPublished();
    } catch (err) {
      setFailure(err);
    }
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">{t('participation.organiser.decisionTitle')}</Title>
      <Text size="sm" c="dimmed">{t('participation.organiser.decisionHelp')}</Text>
      <Textarea label={t('participation.organiser.decisionTr')} autosize minRows={3} value={text.tr} error={empty ? t('participation.problems.text_required') : undefined}
        onChange={(e) => { const tr = e.currentTarget.value; setText((x) => ({ ...x, tr })); }} />
      <Textarea label={t('participation.organiser.decisionEn')} autosize minRows={3} value={text.en}
        onChange={(e) => { const en = e.currentTarget.value; setText((x) => ({ ...x, en })); }} />
      {failure !== null && <ErrorAlert error={failure} />}
      <Button w="fit-content" onClick={() => void publish()}>{t('participation.organiser.publish')}</Button>
    </Stack>
  );
}

/**
 * The organiser's tools on a consultation page: the pending statements, and the decision once closed.
 * Shown when the server says the reader may manage the consultation (`canManage`).
 */
export function OrganiserPanel({ consultation: c, onChanged }: { consultation: Consultation; onChanged: () => void }) {
  const { t } = useTranslation();
  const pending = usePending(c.id);
  return (
    <section aria-labelledby="organiser-title">
      <Paper withBorder p="md">
        <Stack gap="lg">
          <Title order={2} size="h3" id="organiser-title">{t('participation.organiser.title')}</Title>
          <PendingStatements id={c.id} pending={pending} />
          {c.status === 'closed' && c.decision === null && <DecisionForm id={c.id} onPublished={onChanged} />}
        </Stack>
      </Paper>
    </section>
  );
}
