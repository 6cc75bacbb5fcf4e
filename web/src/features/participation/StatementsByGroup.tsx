import { SimpleGrid, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Results, StakeholderGroup } from '../../../../shared/participation';
import { commonGround } from '../../../../shared/participation.rules';
import { useFormat } from '../../i18n/format';
import { ChartOrTable } from '../../components/ChartOrTable';
import { infoOf, inGroupOrder, statementGroups, type GroupInfo } from './groupFigures';
import { percent } from './labels';
import { MiniBars, MiniFrame } from './MiniBars';

type StatementFigures = Results['statements'][number];

/**
 * Agreement per group as small bars, one small chart per statement in common-ground order, so the
 * group that holds a statement back shows at a glance; the same figures as a table.
 */
export function StatementsByGroup({ statements, groups }: { statements: StatementFigures[]; groups: ReadonlyMap<StakeholderGroup, GroupInfo> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pct = (share: number) => percent(share, fmt.locale, 1);
  const voted = statementGroups(statements);
  if (voted.length === 0) return null;
  const ordered = commonGround(statements);
  const groupName = (g: StakeholderGroup) => t(`participation.groups.${g}`);
  const marked = (g: StakeholderGroup) => (infoOf(groups, g).weighed ? groupName(g) : `${groupName(g)} (${t('participation.charts.tooFew')})`);

  const chart = (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" mt="xs">
      {ordered.map((s) => (
        <MiniFrame key={s.id} dataKey={s.id} title={s.text} tooFew={false}
          subtitle={t('participation.results.voteCounts', { agree: fmt.num(s.agree), disagree: fmt.num(s.disagree), pass: fmt.num(s.pass) })}>
          <MiniBars format={pct} bars={inGroupOrder(s.byGroup).map((g) => ({ key: g.group, label: marked(g.group), share: g.agreeShare, muted: !infoOf(groups, g.group).weighed }))} />
        </MiniFrame>
      ))}
    </SimpleGrid>
  );

  const table = (
    <Table withTableBorder striped>
      <Table.Caption>{t('participation.charts.agreementCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('participation.results.statement')}</Table.Th>
          {voted.map((g) => <Table.Th scope="col" key={g}>{marked(g)}</Table.Th>)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {ordered.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Th scope="row" fw={500}>{s.text}</Table.Th>
            {voted.map((g) => {
              const figures = s.byGroup.find((b) => b.group === g);
              return (
                <Table.Td key={g}>
                  {figures ? t('participation.charts.agreeOf', { share: pct(figures.agreeShare), count: figures.votes, formatted: fmt.num(figures.votes) }) : '–'}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return <ChartOrTable title={t('participation.results.byGroup')} help={t('participation.charts.agreementHelp')} chart={chart} table={table} />;
}
