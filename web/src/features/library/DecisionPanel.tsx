import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideEntry, type LibraryEntry } from '../../api/library';
import { ErrorAlert } from '../../components/ErrorAlert';

/** A manager publishes a proposed entry, or rejects it with a reason. */
export function DecisionPanel({ entry, onDecided }: { entry: LibraryEntry; onDecided: (e: LibraryEntry) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const decide = async (action: 'publish' | 'reject') => {
    setBusy(true);
    setError(null);
    try {
      onDecided(await decideEntry(entry.id, action, reason.trim()));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decision-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="decision-title">{t('library.decision.title')}</Title>
        <Text size="sm">{t('library.decision.help')}</Text>
        {error !== null && <ErrorAlert error={error} />}
        <Textarea label={t('library.decision.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} maxLength={500} autosize minRows={2} />
        <Group>
          <Button loading={busy} onClick={() => void decide('publish')}>{t('library.decision.publish')}</Button>
          <Button loading={busy} color="red" variant="light" disabled={reason.trim().length < 3} onClick={() => void decide('reject')}>{t('library.decision.reject')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
