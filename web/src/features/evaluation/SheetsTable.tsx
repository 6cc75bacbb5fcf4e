import { Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationGrid } from '../../../../shared/grants';
import type { EvaluationView } from '../../api/evaluation';
import { titleOf } from '../grants/labels';
import { AssignmentStatusBadge, FurtherBadge } from './badges';

/** Every assessor's sheet side by side: section points and total. */
export function SheetsTable({ grid, view }: { grid: EvaluationGrid; view: EvaluationView }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder verticalSpacing={6}>
        <Table.Caption ta="left">{t('evaluation.committee.sheetsCaption', { reference: view.reference })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('evaluation.committee.assessor')}</Table.Th>
            {grid.sections.map((s) => <Table.Th scope="col" ta="right" key={s.key}>{titleOf(i18n.language, s)}</Table.Th>)}
            <Table.Th scope="col" ta="right">{t('evaluation.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.sheets.map((s) => (
            <Table.Tr key={s.assignmentId}>
              <Table.Th scope="row" fw={400}>
                <Group gap={6}>
                  {s.assessor}
                  <AssignmentStatusBadge status={s.status} />
                  {s.further && <FurtherBadge />}
                </Group>
              </Table.Th>
              {grid.sections.map((g) => <Table.Td ta="right" key={g.key}>{s.status === 'submitted' ? (s.sections[g.key] ?? 0) : '–'}</Table.Td>)}
              <Table.Td ta="right" fw={700}>{s.total ?? '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
