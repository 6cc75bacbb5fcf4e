import { BarChart } from '@mantine/charts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stats } from '../../api/stats';
import { ChartOrTable } from '../../components/ChartOrTable';
import { useFormat } from '../../i18n/format';
import { themeYearRows } from './resultsFigures';

// Colours of the stacked themes, dark enough on white; the table carries the same figures in words.
const COLORS = ['blue.8', 'teal.8', 'orange.8', 'grape.8', 'red.8', 'cyan.8', 'lime.9', 'indigo.8', 'pink.8', 'yellow.9', 'gray.7'];

/** Activities per theme per year: a stacked bar per year, and a table of year, theme and count. */
export function ThemeYearBlock({ cells }: { cells: Stats['activitiesByThemeYear'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const title = t('results.activities.title');
  if (cells.length === 0) {
    return (
      <section>
        <Text fw={600} mt="md">{title}</Text>
        <Text c="dimmed" size="sm">{t('results.none')}</Text>
      </section>
    );
  }
  const themeName = (theme: string) => t(`themes.${theme}`, { defaultValue: theme });
  const { themes, rows } = themeYearRows(cells);
  const chart = (
    <BarChart
      h={300}
      data={rows}
      dataKey="year"
      type="stacked"
      withLegend
      series={themes.map((theme, i) => ({ name: theme, label: themeName(theme), color: COLORS[i % COLORS.length]! }))}
      valueFormatter={(v) => fmt.num(v)}
      withTooltip={false}
      barChartProps={{ accessibilityLayer: false }}
    />
  );
  const sorted = [...cells].sort((a, b) => a.year - b.year || themeName(a.theme).localeCompare(themeName(b.theme), fmt.locale));
  const table = (
    <Table striped>
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('results.year')}</Table.Th>
          <Table.Th scope="col">{t('results.theme')}</Table.Th>
          <Table.Th scope="col" ta="end">{t('results.activities.count')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((c) => (
          <Table.Tr key={`${c.year}-${c.theme}`}>
            <Table.Td>{c.year}</Table.Td>
            <Table.Td>{themeName(c.theme)}</Table.Td>
            <Table.Td ta="end">{fmt.num(c.count)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return <ChartOrTable title={title} help={t('results.activities.help')} chart={chart} table={table} />;
}
