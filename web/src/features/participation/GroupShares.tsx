import { SimpleGrid, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Question, Results, StakeholderGroup } from '../../../../shared/participation';
import { useFormat } from '../../i18n/format';
import { ChartOrTable } from '../../components/ChartOrTable';
import { GroupHeadCells, GroupRowCells } from './GroupCells';
import { infoOf, inGroupOrder, type GroupInfo } from './groupFigures';
import { percent, textOf } from './labels';
import { MiniBars, MiniFrame } from './MiniBars';

type Figures = Results['questions'][number];

interface Props {
  question: Question;
  figures: Figures;
  groups: ReadonlyMap<StakeholderGroup, GroupInfo>;
  headingId: string;
}

/**
 * Small multiples of a choice, multiple-choice or ranking question: one small chart per group that
 * answered, with that group's own shares per option (first places for a ranking), its respondents and
 * the mark of a group too small to be weighed; the same figures as a table.
 */
export function GroupShares({ question, figures, groups, headingId }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const pct = (share: number) => percent(share, fmt.locale, 1);
  const options = question.options.map((o) => ({ id: o.id, label: textOf(i18n.language, o.label) }));
  const respondents = (n: number) => t('participation.charts.respondents', { count: n, formatted: fmt.num(n) });
  const byGroup = inGroupOrder(figures.byGroup);
  if (byGroup.length === 0) return null;

  const chart = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" mt="xs">
      {byGroup.map((g) => {
        const info = infoOf(groups, g.group);
        return (
          <MiniFrame key={g.group} dataKey={g.group} title={t(`participation.groups.${g.group}`)} subtitle={respondents(info.respondents)} tooFew={!info.weighed}>
            <MiniBars format={pct} bars={options.map((o) => ({ key: o.id, label: o.label, share: g.shares[o.id] ?? 0, muted: !info.weighed }))} />
          </MiniFrame>
        );
      })}
    </SimpleGrid>
  );

  const table = (
    <Table withTableBorder striped>
      <Table.Caption>{t('participation.charts.sharesCaption', { question: textOf(i18n.language, question.prompt) })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <GroupHeadCells />
          {options.map((o) => <Table.Th scope="col" key={o.id}>{o.label}</Table.Th>)}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {byGroup.map((g) => {
          const info = infoOf(groups, g.group);
          return (
            <Table.Tr key={g.group}>
              <GroupRowCells group={g.group} info={info} />
              {options.map((o) => <Table.Td key={o.id}>{g.shares[o.id] === undefined ? '–' : pct(g.shares[o.id]!)}</Table.Td>)}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );

  return (
    <ChartOrTable parentHeadingId={headingId} title={t('participation.charts.byGroupTitle')}
      help={t(question.kind === 'ranking' ? 'participation.charts.rankingHelp' : 'participation.charts.sharesHelp')} chart={chart} table={table} />
  );
}
