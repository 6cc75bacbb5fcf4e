import { Button, Group, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUDGET_HEADINGS } from '../../../../shared/grants';
import { transferBudget, type AwardView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { parseEuros } from '../grants/money';
import { useGrantFormat } from '../grants/useGrantFormat';
import { useAction } from './useAction';

/**
 * The contract's budget by heading (as signed or last amended, and now) and a transfer between headings:
 * the lead notifies one within 25 % of each heading; a manager records an addendum or the approved use
 * of the contingency reserve.
 */
export function BudgetSection({ award, mayMove, onDone }: { award: AwardView; mayMove: boolean; onDone: (a: AwardView) => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useGrantFormat();
  const act = useAction();
  const [from, setFrom] = useState<string>('contingency');
  const [to, setTo] = useState<string>('human_resources');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const cents = parseEuros(amount, i18n.language);
  const field = (path: string) => act.fields.find((f) => f.path === path)?.message;
  const headings = BUDGET_HEADINGS.map((h) => ({ value: h, label: t(`applications.headings.${h}`) }));
  const move = () => void act.run('move', () => transferBudget(award.id, { from, to, amountCents: cents ?? 0, reason }), (a) => { setAmount(''); setReason(''); onDone(a); });
  return (
    <div>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('evaluation.budget.heading')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('evaluation.budget.basis')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('evaluation.budget.current')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {BUDGET_HEADINGS.filter((h) => (award.budget.basis[h] ?? 0) > 0 || (award.budget.current[h] ?? 0) > 0).map((h) => (
            <Table.Tr key={h}>
              <Table.Th scope="row">{t(`applications.headings.${h}`)}</Table.Th>
              <Table.Td ta="right">{fmt.money(award.budget.basis[h] ?? 0)}</Table.Td>
              <Table.Td ta="right">{fmt.money(award.budget.current[h] ?? 0)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {award.transfers.map((x, i) => (
        <Text key={i} size="sm" mt="xs">{t(`evaluation.budget.kind.${x.kind}`)}: {t(`applications.headings.${x.from}`)} → {t(`applications.headings.${x.to}`)} {fmt.money(x.amountCents)} ({x.reason})</Text>
      ))}
      {mayMove && award.status === 'contracted' && (
        <>
          <Text size="xs" c="dimmed" mt="sm">{t('evaluation.budget.rule')}</Text>
          {act.error !== null && act.fields.length === 0 && <ErrorAlert error={act.error} />}
          <Group align="flex-start" mt="xs">
            <NativeSelect label={t('evaluation.budget.from')} data={headings} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
            <NativeSelect label={t('evaluation.budget.to')} data={headings} value={to} onChange={(e) => setTo(e.currentTarget.value)} error={field('to')} />
            <TextInput label={t('evaluation.award.amount')} value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={amount && cents === null ? t('evaluation.report.badAmount') : field('amountCents')} rightSection="€" w={160} />
            <TextInput label={t('evaluation.budget.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={field('reason')} />
            <Button mt={25} onClick={move} loading={act.busy === 'move'} disabled={cents === null}>{t('evaluation.budget.move')}</Button>
          </Group>
        </>
      )}
    </div>
  );
}
