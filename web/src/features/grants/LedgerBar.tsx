import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary } from '../../api/grants';
import { ledgerSegments } from './ledger';
import { share } from './money';
import { useGrantFormat } from './useGrantFormat';

const COLORS = { paid: 'bridge.7', unpaid: 'bridge.3', left: 'gray.3' } as const;

function Swatch({ color }: { color: string }) {
  return <span aria-hidden style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 3, background: `var(--mantine-color-${color.replace('.', '-')})`, border: '1px solid var(--mantine-color-gray-6)' }} />;
}

/** The budget as one bar (paid, awarded not yet paid, left) with a legend that says the same in words. */
export function LedgerBar({ ledger }: { ledger: ProgrammeSummary['ledger'] }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const seg = ledgerSegments(ledger);
  const parts = (['paid', 'unpaid', 'left'] as const).map((k) => ({ key: k, cents: seg[k] }));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>{t('grants.ledger.budget', { amount: fmt.money(ledger.totalCents) })}</Text>
      <Progress.Root size={18} radius="sm" aria-hidden>
        {parts.map((p) => p.cents > 0 && <Progress.Section key={p.key} value={share(p.cents, seg.total)} color={COLORS[p.key]} />)}
      </Progress.Root>
      <Group gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        <Text component="li" size="sm">{t('grants.ledger.awarded', { amount: fmt.money(ledger.awardedCents) })}</Text>
        {parts.map((p) => (
          <Group component="li" key={p.key} gap={6} wrap="nowrap">
            <Swatch color={COLORS[p.key]} />
            <Text size="sm">{t(`grants.ledger.${p.key}`, { amount: fmt.money(p.cents) })}</Text>
          </Group>
        ))}
        {ledger.recoveredCents > 0 && <Text component="li" size="sm" c="dimmed">{t('grants.ledger.recovered', { amount: fmt.money(ledger.recoveredCents) })}</Text>}
      </Group>
    </Stack>
  );
}
