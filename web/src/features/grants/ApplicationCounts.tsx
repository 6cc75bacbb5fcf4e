import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES } from '../../../../shared/grants';
import { useGrantFormat } from './useGrantFormat';

/** How many applications a call has in each state (only states that occur, in lifecycle order). */
export function ApplicationCounts({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const rows = APPLICATION_STATUSES.filter((s) => (counts[s] ?? 0) > 0);
  const total = rows.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  if (!total) return <Text c="dimmed">{t('grants.counts.none')}</Text>;
  return (
    <Table maw={420} verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('grants.counts.status')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('grants.counts.applications')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((s) => (
          <Table.Tr key={s}>
            <Table.Th scope="row" fw={400}>{t(`grants.applicationStatus.${s}`)}</Table.Th>
            <Table.Td ta="right">{fmt.num(counts[s] ?? 0)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('grants.counts.total')}</Table.Th>
          <Table.Td ta="right" fw={700}>{fmt.num(total)}</Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
