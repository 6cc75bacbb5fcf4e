import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCheck, IconHourglass, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwinningStatus } from '../../../../shared/twinnings';
import { approveStep, moveTwinning, withdrawApproval, type Twinning } from '../../api/twinnings';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ConfirmDialog } from './ConfirmDialog';
import { SourceBadge, StatusBadge } from './labels';
import { actionsFor, awaitsAnswer, BINDING, otherSide, sideOf, waitingSide } from './lifecycle';

interface Props {
  twinning: Twinning;
  onChanged: () => void;
}

/** The state, a pending step and whose approval it awaits, and the steps the signed-in side may take. */
export function LifecyclePanel({ twinning: tw, onChanged }: Props) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const side = sideOf(user, tw);
  const actions = actionsFor(tw, side);
  const name = (s: 'a' | 'b') => tw[s].name;
  const status = (s: TwinningStatus) => t(`twinnings.status.${s}`);
  const waiting = waitingSide(tw);

  const run = async (key: string, call: () => Promise<Twinning>, done: string) => {
    setBusy(key);
    setError(null);
    try {
      await call();
      setConfirming(false);
      notify('teal', done);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const moveLabel = (to: TwinningStatus) =>
    BINDING.has(to) && side ? t('twinnings.lifecycle.ask', { status: status(to), name: name(otherSide(side)) }) : t('twinnings.lifecycle.moveTo', { status: status(to) });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="lifecycle-title">
      <Title order={2} size="h3" id="lifecycle-title" mb="xs">{t('twinnings.lifecycle.title')}</Title>
      <Group gap="xs" mb="xs">
        <StatusBadge status={tw.status} />
        <SourceBadge source={tw.source} />
        {tw.since !== null && <Text size="sm">{t('twinnings.sinceYear', { year: tw.since })}</Text>}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">{t(`twinnings.statusHint.${tw.status}`)}</Text>
      {tw.pending && waiting && (
        <Alert color="yellow" variant="light" icon={<IconHourglass aria-hidden />} mb="sm" role="status">
          {t('twinnings.lifecycle.waiting', { name: name(waiting), status: status(tw.pending.target) })}
        </Alert>
      )}
      {side && awaitsAnswer(tw, side) && (
        <Alert color="blue" variant="light" icon={<IconHourglass aria-hidden />} mb="sm" role="status">
          {t('twinnings.lifecycle.awaitingAnswer', { name: name(otherSide(side)) })}
        </Alert>
      )}
      {error !== null && !confirming && <ErrorAlert error={error} />}
      {side && (
        <Stack gap="xs" mt="xs">
          <Text size="sm" fw={600}>{t('twinnings.lifecycle.yourSide', { name: name(side) })}</Text>
          <Group gap="xs">
            {actions.approve && (
              <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={() => { setError(null); setConfirming(true); }}>
                {t('twinnings.lifecycle.approve', { status: status(actions.approve) })}
              </Button>
            )}
            {actions.withdraw && (
              <Button variant="default" loading={busy === 'withdraw'} leftSection={<IconX size={16} aria-hidden />}
                onClick={() => void run('withdraw', () => withdrawApproval(tw.id), t('twinnings.lifecycle.withdrawn'))}>
                {t('twinnings.lifecycle.withdraw', { status: status(actions.withdraw) })}
              </Button>
            )}
            {actions.moves.map((to) => (
              <Button key={to} variant={to === 'ended' ? 'outline' : 'filled'} color={to === 'ended' ? 'red.8' : undefined} loading={busy === to}
                leftSection={<IconArrowRight size={16} aria-hidden />}
                onClick={() => void run(to, () => moveTwinning(tw.id, to), BINDING.has(to) ? t('twinnings.lifecycle.asked', { status: status(to) }) : t('twinnings.lifecycle.moved', { status: status(to) }))}>
                {moveLabel(to)}
              </Button>
            ))}
            {actions.moves.length === 0 && !actions.approve && !actions.withdraw && <Text size="sm" c="dimmed">{t('twinnings.lifecycle.noSteps')}</Text>}
          </Group>
        </Stack>
      )}
      {side && actions.approve && (
        // Approving a pending step makes it take effect: it binds both sides and cannot be undone.
        <ConfirmDialog opened={confirming} onClose={() => setConfirming(false)} busy={busy === 'approve'} error={error}
          title={t('twinnings.lifecycle.confirmTitle', { status: status(actions.approve) })} confirm={t('twinnings.lifecycle.confirm')}
          onConfirm={() => void run('approve', () => approveStep(tw.id), t('twinnings.lifecycle.approved', { status: status(actions.approve!) }))}
          lines={[
            t(`twinnings.lifecycle.confirmBody.${actions.approve}`, { a: name('a'), b: name('b') }),
            t('twinnings.lifecycle.confirmFinal'),
            t('twinnings.lifecycle.confirmTold', { name: name(otherSide(side)) }),
          ]} />
      )}
    </Paper>
  );
}
