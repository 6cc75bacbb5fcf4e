import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ledgerSegments, type AnyLedger } from './ledger';
import { share } from './money';
import { useGrantFormat } from './useGrantFormat';

const COLORS = { paid: 'bridge.7', unpaid: 'bridge.3', open: 'teal.2', left: 'gray.3' } as const;

function Swatch({ color }: { color: string }) {
  return <span aria-hidden style={{ display: 'inline-block', flex: 'none', width: 12, height: 12, borderRadius: 3, background: `var(--mantine-color-${color.replace('.', '-')})`, border: '1px solid var(--mantine-color-gray-6)' }} />;
}

// Long amounts (a Turkish "€4.100.000" beside its label) wrap inside the card instead of running out of it.
const WRAP = { overflowWrap: 'anywhere', minWidth: 0 } as const;

/**
 * The budget as one bar with a legend that says the same in words. A programme's ledger shows its
 * envelope, what its calls hold, and what is left to allot; a call's shows its budget and what is not awarded.
 */
export function LedgerBar({ ledger }: { ledger: AnyLedger }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const seg = ledgerSegments(ledger);
  const programme = ledger.allottedCents !== undefined;
  const keys = programme ? (['paid', 'unpaid', 'open', 'left'] as const) : (['paid', 'unpaid', 'left'] as const);
  const parts = keys.map((k) => ({ key: k, cents: seg[k], label: programme && k === 'left' ? 'unallotted' : k }));
  const facts = [
    ...(programme ? [t('grants.ledger.allotted', { amount: fmt.money(ledger.allottedCents ?? 0) })] : []),
    t('grants.ledger.awarded', { amount: fmt.money(ledger.awardedCents) }),
    ...(programme ? [t('grants.ledger.committed', { amount: fmt.money(ledger.committedCents) })] : []),
  ];
  return (
    <Stack gap={6} style={WRAP}>
      <Text size="sm" fw={600} style={WRAP}>{t(programme ? 'grants.ledger.envelope' : 'grants.ledger.budget', { amount: fmt.money(ledger.totalCents) })}</Text>
      <Progress.Root size={18} radius="sm" aria-hidden>
        {parts.map((p) => p.cents > 0 && <Progress.Section key={p.key} value={share(p.cents, seg.total)} color={COLORS[p.key]} />)}
      </Progress.Root>
      <Group gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0, ...WRAP }}>
        {facts.map((f) => <Text component="li" key={f} size="sm" style={WRAP}>{f}</Text>)}
        {parts.map((p) => (
          <Group component="li" key={p.key} gap={6} wrap="nowrap" style={WRAP}>
            <Swatch color={COLORS[p.key]} />
            <Text size="sm" style={WRAP}>{t(`grants.ledger.${p.label}`, { amount: fmt.money(p.cents) })}</Text>
          </Group>
        ))}
        {ledger.recoveredCents > 0 && <Text component="li" size="sm" c="dimmed" style={WRAP}>{t('grants.ledger.recovered', { amount: fmt.money(ledger.recoveredCents) })}</Text>}
      </Group>
    </Stack>
  );
}
