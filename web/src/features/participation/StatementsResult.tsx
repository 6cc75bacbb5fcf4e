import { Grid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Results } from '../../../../shared/participation';
import { useFormat } from '../../i18n/format';
import { percent } from './labels';
import { commonGround, mostDivisive } from '../../../../shared/participation.rules';

type StatementFigures = Results['statements'][number];

/** A list of statements with agreement of the least-agreeing group and the gap between groups. */
function StatementTable({ items, caption }: { items: StatementFigures[]; caption: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pct = (share: number) => percent(share, fmt.locale);
  return (
    <Table withTableBorder striped>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('participation.results.statement')}</Table.Th>
          <Table.Th scope="col">{t('participation.results.minGroupAgree')}</Table.Th>
          <Table.Th scope="col">{t('participation.results.votes')}</Table.Th>
          <Table.Th scope="col">{t('participation.results.byGroup')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Th scope="row" fw={500}>{s.text}</Table.Th>
            <Table.Td>{pct(s.minGroupAgree)}</Table.Td>
            <Table.Td>{t('participation.results.voteCounts', { agree: fmt.num(s.agree), disagree: fmt.num(s.disagree), pass: fmt.num(s.pass) })}</Table.Td>
            <Table.Td>
              {s.byGroup.map((g) => `${t(`participation.groups.${g.group}`)} ${pct(g.agreeShare)}`).join(' · ')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The statements in common-ground order ("what every group can accept") beside the most divisive ones. */
export function StatementsResult({ statements }: { statements: StatementFigures[] }) {
  const { t } = useTranslation();
  // Only statements the groups disagree on, the five widest gaps.
  const divisive = mostDivisive(statements.filter((s) => s.divisiveness > 0)).slice(0, 5);
  return (
    <Grid gutter="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <section aria-labelledby="common-ground-title">
          <Title order={4} size="h5" id="common-ground-title">{t('participation.results.commonGround')}</Title>
          <Text size="sm" c="dimmed" mb="xs">{t('participation.results.commonGroundHelp')}</Text>
          <StatementTable items={commonGround(statements)} caption={t('participation.results.commonGroundCaption')} />
        </section>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <section aria-labelledby="divisive-title">
          <Title order={4} size="h5" id="divisive-title">{t('participation.results.divisive')}</Title>
          <Text size="sm" c="dimmed" mb="xs">{t('participation.results.divisiveHelp')}</Text>
          {divisive.length === 0 ? <Text>{t('participation.results.noDivisive')}</Text> : <StatementTable items={divisive} caption={t('participation.results.divisiveCaption')} />}
        </section>
      </Grid.Col>
    </Grid>
  );
}
