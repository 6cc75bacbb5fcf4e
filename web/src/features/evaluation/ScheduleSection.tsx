import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AwardView } from '../../api/evaluation';
import { useGrantFormat } from '../grants/useGrantFormat';
import { RecoveryCollection } from './RecoveryCollection';

const today = () => new Date().toISOString().slice(0, 10);

/** The reports the contract asks for, with their due dates and whether each is approved, late or awaited. */
export function ReportsDue({ award }: { award: AwardView }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  if (award.reportsDue.length === 0) return <Text size="sm" c="dimmed">{t('evaluation.schedule.none')}</Text>;
  return (
    <Table withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('evaluation.schedule.kind')}</Table.Th>
          <Table.Th scope="col">{t('evaluation.schedule.periodEnd')}</Table.Th>
          <Table.Th scope="col">{t('evaluation.schedule.dueOn')}</Table.Th>
          <Table.Th scope="col">{t('evaluation.schedule.state')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {award.reportsDue.map((d) => (
          <Table.Tr key={`${d.kind}-${d.period}`}>
            <Table.Td>{d.kind === 'interim' ? t('evaluation.schedule.interim', { period: d.period }) : t('evaluation.schedule.final')}</Table.Td>
            <Table.Td>{fmt.day(d.periodEnd)}</Table.Td>
            <Table.Td>{fmt.day(d.dueOn)}</Table.Td>
            <Table.Td>{t(`evaluation.schedule.${d.done ? 'done' : d.dueOn < today() ? 'overdue' : 'open'}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Recovery orders: what is owed back, by when, what was collected and is still outstanding; a manager records a collection. */
export function Recoveries({ award, manager, onDone }: { award: AwardView; manager: boolean; onDone: (a: AwardView) => void }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  return (
    <div>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('evaluation.recovery.issuedOn')}</Table.Th>
            <Table.Th scope="col">{t('evaluation.recovery.dueOn')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('evaluation.recovery.amount')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('evaluation.recovery.collected')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('evaluation.recovery.outstanding')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {award.recoveries.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{fmt.day(r.issuedOn)}</Table.Td>
              <Table.Td>
                {fmt.day(r.dueOn)}
                {r.outstandingCents > 0 && r.dueOn < today() && <Text span size="sm" c="red.9" fw={600}>{` · ${t('evaluation.recovery.overdue')}`}</Text>}
              </Table.Td>
              <Table.Td ta="right">{fmt.money(r.amountCents)}</Table.Td>
              <Table.Td ta="right">{fmt.money(r.collectedCents)}</Table.Td>
              <Table.Td ta="right">{fmt.money(r.outstandingCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {manager && award.recoveries.filter((r) => r.outstandingCents > 0).map((r) => (
        // Keyed by what is outstanding, so the form starts afresh from the new balance after each collection.
        <RecoveryCollection key={`${r.id}-${r.outstandingCents}`} order={r} onDone={onDone} />
      ))}
    </div>
  );
}
