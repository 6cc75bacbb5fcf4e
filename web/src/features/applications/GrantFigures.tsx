import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../../api/applications';
import type { CallView } from '../../api/grants';
import { useGrantFormat } from '../grants/useGrantFormat';

interface Props {
  budget: ApplicationView['budget'];
  call: CallView | null;
}

/** The server's figures of the budget: total costs, direct and indirect, grant and co-financing with their rates. */
export function GrantFigures({ budget, call }: Props) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const rows: [string, string][] = [
    [t('applications.figures.direct'), fmt.money(budget.directCents)],
    [t('applications.figures.indirect'), fmt.money(budget.indirectCents)],
    [t('applications.figures.total'), fmt.money(budget.totalCents)],
    [t('applications.figures.grant'), t('applications.figures.withRate', { amount: fmt.money(budget.requestedGrantCents), rate: fmt.percent(budget.grantRateBp) })],
    [t('applications.figures.coFinancing'), t('applications.figures.withRate', { amount: fmt.money(budget.coFinancingCents), rate: fmt.percent(budget.coFinancingRateBp) })],
  ];
  if (call) rows.push([t('applications.figures.minCoFinancing'), fmt.percent(call.rules.minCoFinancingBp)]);
  return (
    <Table variant="vertical" withTableBorder verticalSpacing={6} captionSide="top" maw={560}>
      <Table.Caption style={{ textAlign: 'left' }}>{t('applications.figures.caption')}</Table.Caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w="55%">{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
