import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';
import { useFormat } from '../../i18n/format';
import type { SaveState } from './useDraft';

interface Props {
  state: SaveState;
  onRetry: () => void;
  onReload: () => Promise<void>;
}

/** Where autosave stands, announced politely: saving, saved at hh:mm, held back, or a stale save to reload. */
export function SaveStatus({ state, onRetry, onReload }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [reloading, setReloading] = useState(false);
  const time = (d: Date) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
    } finally {
      setReloading(false);
    }
  };

  if (state.kind === 'stale')
    return (
      <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />} title={t('applications.save.staleTitle')}>
        <Text size="sm" mb="sm">{t('applications.save.stale')}</Text>
        <Button size="compact-md" color="red.9" loading={reloading} onClick={() => void reload()} leftSection={<IconRefresh size={16} aria-hidden />}>{t('applications.save.reload')}</Button>
      </Alert>
    );
  return (
    <div role="status" aria-live="polite">
      {state.kind === 'saving' && <Group gap={6}><Loader size="xs" aria-hidden /><Text size="sm">{t('applications.save.saving')}</Text></Group>}
      {state.kind === 'pending' && <Text size="sm" c="dimmed">{t('applications.save.pending')}</Text>}
      {state.kind === 'saved' && <Group gap={6}><IconCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden /><Text size="sm">{t('applications.save.savedAt', { time: time(state.at) })}</Text></Group>}
      {state.kind === 'idle' && <Text size="sm" c="dimmed">{t('applications.save.idle')}</Text>}
      {state.kind === 'held' && <Text size="sm" c="red.9">{t('applications.save.held')}</Text>}
      {state.kind === 'error' && (
        <Group gap="xs">
          <Text size="sm" c="red.9">{t('applications.save.failed', { reason: errorText(state.error, t) })}</Text>
          <Button size="compact-sm" variant="light" onClick={onRetry}>{t('applications.save.retry')}</Button>
        </Group>
      )}
    </div>
  );
}
