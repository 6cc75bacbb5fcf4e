import { Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuthoritySummary } from '../../../../shared/authorities';
import { useFormat } from '../../i18n/format';
import { AuthorityLabel } from './AuthorityLabel';
import { typeLabel } from './labels';
import { useNames } from './useNames';

interface Props {
  items: AuthoritySummary[];
  showDistance: boolean;
}

function NameCell({ a }: { a: AuthoritySummary }) {
  return <AuthorityLabel authority={a} />;
}

/** Directory results: a table from tablet width up, stacked cards on phones. */
export function ResultsTable({ items, showDistance }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useNames();
  const region = (a: AuthoritySummary) => names.region(a) ?? '–';
  const distance = (a: AuthoritySummary) =>
    a.distanceKm === undefined ? '–' : t('directory.km', { value: fmt.num(a.distanceKm, 1) });
  return (
    <>
      <Table.ScrollContainer minWidth={640} visibleFrom="sm">
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('directory.col.name')}</Table.Th>
              <Table.Th scope="col">{t('directory.col.type')}</Table.Th>
              <Table.Th scope="col">{t('directory.col.region')}</Table.Th>
              <Table.Th scope="col">{t('directory.col.country')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('directory.col.population')}</Table.Th>
              {showDistance && <Table.Th scope="col" ta="right">{t('directory.col.distance')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.code}>
                <Table.Td><NameCell a={a} /></Table.Td>
                <Table.Td>{typeLabel(t, a.type)}</Table.Td>
                <Table.Td>{region(a)}</Table.Td>
                <Table.Td>{fmt.country(a.country)}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>{fmt.num(a.population)}</Table.Td>
                {showDistance && <Table.Td ta="right">{distance(a)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap="xs" hiddenFrom="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((a) => (
          <Paper key={a.code} component="li" withBorder p="sm" radius="md">
            <NameCell a={a} />
            <Text size="sm" mt={4}>
              {typeLabel(t, a.type)} · {region(a)} · {fmt.country(a.country)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('directory.populationValue', { value: fmt.num(a.population) })}
              {showDistance && ` · ${distance(a)}`}
            </Text>
          </Paper>
        ))}
      </Stack>
    </>
  );
}
