import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Consultation, Results } from '../../../../shared/participation';
import { useFormat } from '../../i18n/format';
import { groupInfo } from './groupFigures';
import { QuestionResult } from './QuestionResult';
import { StatementsByGroup } from './StatementsByGroup';
import { StatementsResult } from './StatementsResult';

/** Respondents per group and side, with a warning for each group too small to be weighed. */
function GroupsTable({ groups, minGroupSize }: { groups: Results['groups']; minGroupSize: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unweighed = [...new Set(groups.filter((g) => !g.weighed).map((g) => g.group))];
  const names = [...new Set(groups.map((g) => g.group))];
  const count = (group: string, side: string) => groups.find((g) => g.group === group && g.side === side)?.respondents ?? 0;
  return (
    <Stack gap="xs">
      <Table withTableBorder striped maw={560}>
        <Table.Caption>{t('participation.results.groupsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('participation.group')}</Table.Th>
            <Table.Th scope="col">{t('participation.sides.TR')}</Table.Th>
            <Table.Th scope="col">{t('participation.sides.EU')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {names.map((g) => (
            <Table.Tr key={g}>
              <Table.Th scope="row">{t(`participation.groups.${g}`)}</Table.Th>
              <Table.Td>{fmt.num(count(g, 'TR'))}</Table.Td>
              <Table.Td>{fmt.num(count(g, 'EU'))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {unweighed.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('participation.results.tooFewTitle')}>
          {t('participation.results.tooFew', { groups: unweighed.map((g) => t(`participation.groups.${g}`)).join(', '), min: fmt.num(minGroupSize) })}
        </Alert>
      )}
    </Stack>
  );
}

/** The results of a consultation: who answered, each question raw and balanced, and the common ground. */
export function ResultsView({ consultation, results }: { consultation: Consultation; results: Results }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const groupsInfo = groupInfo(results.groups);
  return (
    <Stack gap="xl">
      <Text>{t('participation.results.intro', { count: results.respondents, formatted: fmt.num(results.respondents) })}</Text>
      <GroupsTable groups={results.groups} minGroupSize={consultation.minGroupSize} />
      {results.questions.map((figures) => {
        const question = consultation.questions.find((q) => q.id === figures.id);
        return question && question.kind !== 'text' ? <QuestionResult key={figures.id} question={question} figures={figures} groupsInfo={groupsInfo} /> : null;
      })}
      {results.statements.length > 0 && (
        <section aria-labelledby="statements-results-title">
          <Title order={3} size="h4" id="statements-results-title" mb="sm">{t('participation.results.statementsTitle')}</Title>
          <StatementsResult statements={results.statements} />
          <StatementsByGroup statements={results.statements} groups={groupsInfo} />
        </section>
      )}
    </Stack>
  );
}
