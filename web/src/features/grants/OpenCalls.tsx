import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallSummary } from '../../api/grants';
import { Countdown, IstanbulTime } from './IstanbulTime';
import { titleOf } from './labels';
import { useGrantFormat } from './useGrantFormat';

/** Calls taking applications now: title, deadline in Istanbul time, days left, budget and grant range. */
export function OpenCalls({ calls }: { calls: CallSummary[] }) {
  const { t, i18n } = useTranslation();
  const fmt = useGrantFormat();
  if (!calls.length) return <Text c="dimmed">{t('grants.home.noOpenCalls')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {calls.map((c) => (
        <Paper component="li" key={c.id} withBorder radius="md" p="md">
          <Group justify="space-between" align="flex-start" gap="sm">
            <div>
              <Title order={3} size="h5">
                <Anchor component={Link} to={`/grants/calls/${c.id}`} underline="hover">{titleOf(i18n.language, c)}</Anchor>
              </Title>
              <Text size="sm" c="dimmed">{c.reference}</Text>
            </div>
            <Countdown deadline={c.deadlineAt} />
          </Group>
          <Text size="sm" mt="xs">
            {t('grants.call.deadline')}: <IstanbulTime iso={c.deadlineAt} />
          </Text>
          <Text size="sm">
            {t('grants.call.budgetAndRange', { budget: fmt.money(c.budgetCents), min: fmt.money(c.minGrantCents), max: fmt.money(c.maxGrantCents) })}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
