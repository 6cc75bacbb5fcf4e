import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BudgetHeading, BudgetLine } from '../../../../shared/grants';
import { useGrantFormat } from '../grants/useGrantFormat';
import { budgetGrid } from './budgetTable';
import { EuroInput } from './EuroInput';
import { budgetCellId } from './fieldAnchors';

interface Props {
  lines: readonly BudgetLine[];
  years: number;
  /** Given for the lead's draft: typing into a cell sets its amount. */
  onCell?: (heading: BudgetHeading, year: number, cents: number | null) => void;
  errors?: Record<string, string>;
}

/** The budget as a table of headings × project years, with each heading's, each year's and the overall total. */
export function BudgetTable({ lines, years, onCell, errors = {} }: Props) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const grid = budgetGrid(lines, years);
  const yearCols = Array.from({ length: years }, (_, i) => i + 1);
  return (
    <Table.ScrollContainer minWidth={onCell ? 160 + years * 170 : 480}>
      <Table captionSide="top" withTableBorder withColumnBorders verticalSpacing={6}>
        <Table.Caption style={{ textAlign: 'left' }}>{t('applications.budget.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('applications.budget.heading')}</Table.Th>
            {yearCols.map((y) => <Table.Th key={y} scope="col" ta="right">{t('applications.budget.year', { year: y })}</Table.Th>)}
            <Table.Th scope="col" ta="right">{t('applications.budget.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grid.rows.map((row) => {
            const name = t(`applications.headings.${row.heading}`);
            return (
              <Table.Tr key={row.heading}>
                <Table.Th scope="row" fw={500}>{name}</Table.Th>
                {row.cells.map((cents, i) => {
                  const id = budgetCellId(row.heading, i + 1);
                  return (
                    <Table.Td key={i} ta="right">
                      {onCell ? (
                        <EuroInput id={id} aria-label={t('applications.budget.cellLabel', { heading: name, year: i + 1 })} size="sm"
                          cents={cents === 0 ? null : cents} onCents={(c) => onCell(row.heading, i + 1, c)} error={errors[id]}
                          styles={{ input: { textAlign: 'right' } }} />
                      ) : (
                        <Text size="sm" id={id}>{cents === 0 ? '–' : fmt.money(cents)}</Text>
                      )}
                    </Table.Td>
                  );
                })}
                <Table.Td ta="right"><Text size="sm" fw={500}>{fmt.money(row.total)}</Text></Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('applications.budget.total')}</Table.Th>
            {grid.yearTotals.map((c, i) => <Table.Td key={i} ta="right" fw={700}>{fmt.money(c)}</Table.Td>)}
            <Table.Td ta="right" fw={700}>{fmt.money(grid.totalCents)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
