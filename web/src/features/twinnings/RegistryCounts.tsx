import { Anchor, Group, List, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistryStats } from '../../api/twinnings';
import { useFormat } from '../../i18n/format';
import { themeYearTable, topEntries } from './registryParams';

const TOP = 10;

function TopList({ title, rows, href }: { title: string; rows: [string, string, number][]; href: (key: string) => string }) {
  const fmt = useFormat();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="xs">{title}</Title>
      <List type="ordered" size="sm" spacing={2}>
        {rows.map(([key, label, n]) => (
          <List.Item key={key}>
            <Anchor component={Link} to={href(key)} underline="hover">{label}</Anchor> <Text span c="dimmed" size="sm">({fmt.num(n)})</Text>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

/** Figures of the registry (with the page's filters): per country, per Turkish province, active vs dormant, activities per theme and year. */
export function RegistryCounts({ stats, filtered }: { stats: RegistryStats; filtered: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = topEntries(stats.byCountry, TOP).map(([c, n]): [string, string, number] => [c, fmt.country(c), n]);
  const provinces = topEntries(stats.byProvince, TOP).map(([p, n]): [string, string, number] => [p, p, n]);
  const table = themeYearTable(stats.activities);
  const count = (s: string) => fmt.num(stats.byStatus[s] ?? 0);
  return (
    <section aria-labelledby="registry-figures">
      <Title order={2} size="h3" id="registry-figures" mb="xs">{t('twinnings.registry.figures')}</Title>
      {filtered && <Text size="sm" c="dimmed" mb={4}>{t('twinnings.registry.figuresFiltered')}</Text>}
      <Group gap="lg" mb="md">
        <Text>{t('twinnings.registry.total', { count: stats.total, formatted: fmt.num(stats.total) })}</Text>
        <Text>{t('twinnings.registry.activeDormant', { active: count('active'), dormant: count('dormant'), unknown: count('unknown') })}</Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <TopList title={t('twinnings.registry.perCountry')} rows={countries} href={(c) => `/twinnings?country=${encodeURIComponent(c)}`} />
        <TopList title={t('twinnings.registry.perProvince')} rows={provinces} href={(p) => `/twinnings?province=${encodeURIComponent(p)}`} />
        <Paper withBorder radius="md" p="md" component="section" aria-label={t('twinnings.registry.activitiesTable')}>
          <Title order={3} size="h5" mb="xs">{t('twinnings.registry.activitiesTable')}</Title>
          {table.rows.length === 0 ? (
            <Text size="sm" c="dimmed">{t('twinnings.registry.noActivities')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={200}>
              <Table fz="sm" withRowBorders>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('partners.filters.theme')}</Table.Th>
                    {table.years.map((y) => <Table.Th key={y} scope="col" ta="right">{y}</Table.Th>)}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {table.rows.map((r) => (
                    <Table.Tr key={r.theme}>
                      <Table.Th scope="row" fw={400}>{t(`themes.${r.theme}`, { defaultValue: r.theme })}</Table.Th>
                      {r.counts.map((n, i) => <Table.Td key={table.years[i]} ta="right">{fmt.num(n)}</Table.Td>)}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      </SimpleGrid>
    </section>
  );
}
