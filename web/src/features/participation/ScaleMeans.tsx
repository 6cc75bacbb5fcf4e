import { Group, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCALE_MAX, SCALE_MIN, type Question, type Results, type StakeholderGroup } from '../../../../shared/participation';
import { useFormat } from '../../i18n/format';
import { ChartOrTable } from '../../components/ChartOrTable';
import { GroupHeadCells, GroupRowCells } from './GroupCells';
import { infoOf, inGroupOrder, type GroupInfo } from './groupFigures';
import { textOf } from './labels';
import { MiniFrame } from './MiniBars';
import classes from './participation.module.css';

type Figures = Results['questions'][number];
const TICKS = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
/**
 * The axis runs from x 12 to 308 of a 320-wide drawing, leaving room for the end labels; about the
 * width of a small chart, so its labels stay near the page's small text size.
 */
const x = (v: number) => 12 + ((v - SCALE_MIN) / (SCALE_MAX - SCALE_MIN)) * 296;

/** A 1–5 axis with the group's mean as a dot and the balanced mean as a dashed line. */
function MeanAxis({ mean, balancedMean, weighed, label }: { mean: number | null; balancedMean: number | null; weighed: boolean; label: (n: number) => string }) {
  return (
    <svg viewBox="0 0 320 40" className={classes.scaleAxis} focusable="false">
      <line x1={x(SCALE_MIN)} x2={x(SCALE_MAX)} y1={16} y2={16} stroke="var(--mantine-color-gray-6)" strokeWidth={1} />
      {TICKS.map((v) => (
        <g key={v}>
          <line x1={x(v)} x2={x(v)} y1={12} y2={20} stroke="var(--mantine-color-gray-6)" strokeWidth={1} />
          <text x={x(v)} y={34} fontSize={11} textAnchor="middle" fill="var(--mantine-color-gray-8)">{label(v)}</text>
        </g>
      ))}
      {balancedMean !== null && <line x1={x(balancedMean)} x2={x(balancedMean)} y1={2} y2={26} stroke="var(--mantine-color-orange-8)" strokeWidth={2} strokeDasharray="3 2" />}
      {mean !== null && <circle cx={x(mean)} cy={16} r={5} fill={weighed ? 'var(--mantine-color-blue-7)' : 'var(--mantine-color-gray-6)'} stroke="white" strokeWidth={1} />}
    </svg>
  );
}

/** A scale question by group: each group's mean on a 1–5 axis beside the balanced mean, and the same as a table. */
export function ScaleMeans({ question, figures, groups, headingId }: { question: Question; figures: Figures; groups: ReadonlyMap<StakeholderGroup, GroupInfo>; headingId: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const mean = (n: number | null) => fmt.num(n, 2);
  const byGroup = inGroupOrder(figures.byGroup);
  if (byGroup.length === 0) return null;

  const chart = (
    <>
      <Group gap="xs" mt="xs">
        <span className={classes.legendLine} />
        <Text size="sm">{t('participation.charts.balancedMean', { value: mean(figures.balancedMean) })}</Text>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" mt="xs">
        {byGroup.map((g) => {
          const info = infoOf(groups, g.group);
          return (
            <MeanFrame key={g.group} group={g.group} info={info} mean={g.mean} balancedMean={figures.balancedMean} />
          );
        })}
      </SimpleGrid>
    </>
  );

  const table = (
    <Table withTableBorder striped>
      <Table.Caption>{t('participation.charts.meansCaption', { question: textOf(i18n.language, question.prompt) })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <GroupHeadCells />
          <Table.Th scope="col">{t('participation.results.mean')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {byGroup.map((g) => {
          const info = infoOf(groups, g.group);
          return (
            <Table.Tr key={g.group}>
              <GroupRowCells group={g.group} info={info} />
              <Table.Td>{mean(g.mean)}</Table.Td>
            </Table.Tr>
          );
        })}
        <Table.Tr>
          <Table.Th scope="row">{t('participation.charts.balancedMeanRow')}</Table.Th>
          <Table.Td />
          <Table.Td />
          <Table.Td>{mean(figures.balancedMean)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );

  return <ChartOrTable parentHeadingId={headingId} title={t('participation.charts.byGroupTitle')} help={t('participation.charts.meansHelp')} chart={chart} table={table} />;
}

/** One group's small chart of a scale question. */
function MeanFrame({ group, info, mean, balancedMean }: { group: StakeholderGroup; info: GroupInfo; mean: number | null; balancedMean: number | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <MiniFrame dataKey={group} title={t(`participation.groups.${group}`)} tooFew={!info.weighed}
      subtitle={`${t('participation.charts.respondents', { count: info.respondents, formatted: fmt.num(info.respondents) })} · ${t('participation.charts.groupMean', { value: fmt.num(mean, 2) })}`}>
      <MeanAxis mean={mean} balancedMean={balancedMean} weighed={info.weighed} label={(n) => fmt.num(n)} />
    </MiniFrame>
  );
}
