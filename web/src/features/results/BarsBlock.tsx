import { BarChart } from '@mantine/charts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChartOrTable } from '../../components/ChartOrTable';
import { useFormat } from '../../i18n/format';
import type { Bar } from './resultsFigures';

interface Props {
  title: string;
  help?: string;
  /** The heading of the table's first column (what each bar is). */
  labelHeading: string;
  bars: readonly Bar[];
  /** Bars across (years) or down the side (long names: countries, states, kinds). */
  orientation?: 'horizontal' | 'vertical';
}

/**
 * One series of counts as a bar chart for the eye and a table for everyone else. The chart's own
 * keyboard layer is off: it sits inside the block's aria-hidden part, where nothing may take focus.
 */
export function BarsBlock({ title, help, labelHeading, bars, orientation = 'vertical' }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (bars.length === 0) {
    return (
      <section>
        <Text fw={600} mt="md">{title}</Text>
        <Text c="dimmed" size="sm">{t('results.none')}</Text>
      </section>
    );
  }
  const across = orientation === 'horizontal';
  const chart = (
    <BarChart
      h={across ? 260 : Math.max(160, bars.length * 28)}
      data={bars.map((b) => ({ label: b.label, value: b.value }))}
      dataKey="label"
      orientation={across ? 'horizontal' : 'vertical'}
      series={[{ name: 'value', label: t('results.count'), color: 'blue.7' }]}
      valueFormatter={(v) => fmt.num(v)}
      yAxisProps={across ? undefined : { width: 170 }}
      withTooltip={false}
      barChartProps={{ accessibilityLayer: false }}
    />
  );
  const table = (
    <Table striped>
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{labelHeading}</Table.Th>
          <Table.Th scope="col" ta="end">{t('results.count')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {bars.map((b) => (
          <Table.Tr key={b.key}>
            <Table.Th scope="row" fw={400}>{b.label}</Table.Th>
            <Table.Td ta="end">{fmt.num(b.value)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return <ChartOrTable title={title} help={help} chart={chart} table={table} />;
}
