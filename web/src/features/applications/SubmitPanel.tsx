import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../api/applications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Countdown, IstanbulTime } from '../grants/IstanbulTime';
import { WithdrawButton } from './WithdrawButton';

interface Props {
  view: ApplicationView;
  busy: boolean;
  /** An error other than the named problems (those show in the problems panel). */
  error: unknown;
  onSubmit: () => void;
  onWithdrawn: (v: ApplicationView) => void;
}

/** Submit (the server checks every rule at its clock) and withdraw, with the call's deadline. */
export function SubmitPanel({ view, busy, error, onSubmit, onWithdrawn }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="app-submit">
      <Stack gap="sm" align="flex-start">
        <Text fw={700} id="app-submit">{t('applications.submit.title')}</Text>
        <Text size="sm">{t('applications.submit.deadline')}: <IstanbulTime iso={view.callDeadlineAt} /></Text>
        <Countdown deadline={view.callDeadlineAt} />
        <Text size="sm" c="dimmed">{t('applications.submit.hint')}</Text>
        {error !== null && <ErrorAlert error={error} />}
        <Button onClick={onSubmit} loading={busy} leftSection={<IconSend size={18} aria-hidden />}>{t('applications.submit.button')}</Button>
        <WithdrawButton view={view} onDone={onWithdrawn} />
      </Stack>
    </Paper>
  );
}
