import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Question, Results, StakeholderGroup } from '../../../../shared/participation';
import { useFormat } from '../../i18n/format';
import type { GroupInfo } from './groupFigures';
import { GroupShares } from './GroupShares';
import { percent, textOf } from './labels';
import { ScaleMeans } from './ScaleMeans';
import { ShareBars } from './ShareBars';
import { winners } from './winners';

type Figures = Results['questions'][number];

/**
 * One question's results: raw and balanced figures as bars and as a table, the winners' mark, and
 * small multiples per group (each group's shares, or its mean on a scale).
 */
export function QuestionResult({ question, figures, groupsInfo }: { question: Question; figures: Figures; groupsInfo: ReadonlyMap<StakeholderGroup, GroupInfo> }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const pct = (share: number) => percent(share, fmt.locale);
  const headingId = `result-${question.id}`;
  const labelOf = (id: string) => {
    const o = question.options.find((x) => x.id === id);
    return o ? textOf(i18n.language, o.label) : id;
  };
  const won = figures.differs ? winners(figures) : null;

  return (
    <section aria-labelledby={headingId}>
      <Group gap="sm" align="center" mb="xs">
        <Title order={3} size="h4" id={headingId}>{textOf(i18n.language, question.prompt)}</Title>
        {figures.differs && <Badge color="red" variant="light">{t('participation.results.differs')}</Badge>}
      </Group>
      <Text size="sm" c="dimmed">{t('participation.results.answered', { count: figures.answered, formatted: fmt.num(figures.answered) })}</Text>
      {question.kind === 'scale' ? (
        <Stack gap="xs" mt="xs">
          <Text>{t('participation.results.means', { raw: fmt.num(figures.mean, 2), balanced: fmt.num(figures.balancedMean, 2) })}</Text>
          <ScaleMeans question={question} figures={figures} groups={groupsInfo} headingId={headingId} />
        </Stack>
      ) : (
        <>
          <ShareBars format={pct} bars={figures.options.map((o) => ({ label: labelOf(o.id), raw: o.rawShare, balanced: o.balancedShare }))} />
          <Table.ScrollContainer minWidth={480}>
            <Table withTableBorder striped>
              <Table.Caption>{t('participation.results.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('participation.results.option')}</Table.Th>
                  <Table.Th scope="col">{t('participation.results.rawCount')}</Table.Th>
                  <Table.Th scope="col">{t('participation.results.rawShare')}</Table.Th>
                  <Table.Th scope="col">{t('participation.results.balancedShare')}</Table.Th>
                  {question.kind === 'ranking' && <Table.Th scope="col">{t('participation.results.borda')}</Table.Th>}
                  {question.kind === 'ranking' && <Table.Th scope="col">{t('participation.results.balancedBorda')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.options.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Th scope="row">
                      {labelOf(o.id)}
                      {won?.raw === o.id && <Badge ml="xs" size="sm" color="gray" variant="light">{t('participation.results.rawWinner')}</Badge>}
                      {won?.balanced === o.id && <Badge ml="xs" size="sm" color="bridge" variant="light">{t('participation.results.balancedWinner')}</Badge>}
                    </Table.Th>
                    <Table.Td>{fmt.num(o.raw)}</Table.Td>
                    <Table.Td>{pct(o.rawShare)}</Table.Td>
                    <Table.Td>{pct(o.balancedShare)}</Table.Td>
                    {question.kind === 'ranking' && <Table.Td>{fmt.num(o.borda ?? null, 1)}</Table.Td>}
                    {question.kind === 'ranking' && <Table.Td>{fmt.num(o.balancedBorda ?? null, 1)}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <GroupShares question={question} figures={figures} groups={groupsInfo} headingId={headingId} />
        </>
      )}
    </section>
  );
}
