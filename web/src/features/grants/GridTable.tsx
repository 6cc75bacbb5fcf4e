import { Badge, Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationGrid } from '../../../../shared/grants';
import { gridMaxScore, sectionMaxScore } from '../../../../shared/grants.call.rules';
import { guidanceOf, titleOf } from './labels';
import { useGrantFormat } from './useGrantFormat';

/**
 * The evaluation grid as a table: a header row per section (threshold, eliminatory), its sub-criteria
 * below. `caption` replaces the usual one (the concept-note grid is passed by the pre-selection threshold).
 */
export function GridTable({ grid, caption }: { grid: EvaluationGrid; caption?: (max: string) => string }) {
  const { t, i18n } = useTranslation();
  const fmt = useGrantFormat();
  const total = gridMaxScore(grid);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder verticalSpacing="xs" captionSide="top">
        <Table.Caption ta="left">{caption ? caption(fmt.num(total)) : t('grants.grid.caption', { max: fmt.num(total), threshold: fmt.num(grid.overallThreshold) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('grants.grid.criterion')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('grants.grid.maxScore')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('grants.grid.weight')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('grants.grid.points')}</Table.Th>
            <Table.Th scope="col">{t('grants.grid.threshold')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {grid.sections.map((s, i) => (
          <Fragment key={s.key}>
            <Table.Tbody>
              <Table.Tr bg="gray.1">
                <Table.Th scope="rowgroup" id={`grid-section-${s.key}`}>{`${i + 1}. ${titleOf(i18n.language, s)}`}</Table.Th>
                <Table.Td />
                <Table.Td />
                <Table.Td ta="right" fw={700}>{fmt.num(sectionMaxScore(s))}</Table.Td>
                <Table.Td>
                  {s.threshold === null ? t('grants.grid.noThreshold') : t('grants.grid.minimum', { min: fmt.num(s.threshold) })}
                  {s.eliminatory && <Badge ml="xs" variant="filled" color="red.9">{t('grants.grid.eliminatory')}</Badge>}
                </Table.Td>
              </Table.Tr>
              {s.criteria.map((c, j) => (
                <Table.Tr key={c.key}>
                  <Table.Th scope="row" fw={400} pl="xl">
                    {`${i + 1}.${j + 1} ${titleOf(i18n.language, c)}`}
                    {guidanceOf(i18n.language, c) && <Text size="xs" c="dimmed" mt={2}>{guidanceOf(i18n.language, c)}</Text>}
                  </Table.Th>
                  <Table.Td ta="right">{fmt.num(c.maxScore)}</Table.Td>
                  <Table.Td ta="right">{`×${fmt.num(c.weight)}`}</Table.Td>
                  <Table.Td ta="right">{fmt.num(c.maxScore * c.weight)}</Table.Td>
                  <Table.Td />
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Fragment>
        ))}
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('grants.grid.total')}</Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td ta="right" fw={700}>{fmt.num(total)}</Table.Td>
            <Table.Td>{t('grants.grid.minimum', { min: fmt.num(grid.overallThreshold) })}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {grid.sections.some((s) => s.eliminatory) && <Text size="sm" c="dimmed" mt="xs">{t('grants.grid.eliminatoryHint')}</Text>}
    </Table.ScrollContainer>
  );
}
