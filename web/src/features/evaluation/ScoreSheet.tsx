import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallRules } from '../../../../shared/grants';
import { saveScores, submitScores, type AssignmentView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { titleOf } from '../grants/labels';
import { CriterionFields } from './CriterionFields';
import { errorsByKey, sectionTotals, sheetBody, sheetGaps, sheetInput, type SheetInput } from './sheet';
import { SubmitSheetDialog } from './SubmitSheetDialog';
import { useAction } from './useAction';
import { stageGrid } from '../../../../shared/grants.concept';

interface Props {
  rules: Pick<CallRules, 'grid' | 'divergenceThreshold' | 'twoStage' | 'conceptGrid'>;
  assignment: AssignmentView;
  onSaved: (a: AssignmentView) => void;
}

/** The assessor's score sheet on the call's grid: running section totals, save a draft, submit after confirming (then read-only). */
export function ScoreSheet({ rules, assignment, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const grid = stageGrid(rules, assignment.stage ?? 'full');
  const [input, setInput] = useState<SheetInput>(() => sheetInput(grid, assignment.scores));
  const [confirming, setConfirming] = useState(false);
  const act = useAction();
  const submitted = assignment.status === 'submitted';
  const totals = sectionTotals(grid, input);
  const errors = errorsByKey(act.fields, 'scores');
  const max = (keys: { maxScore: number; weight: number }[]) => keys.reduce((s, c) => s + c.maxScore * c.weight, 0);
  const save = (final: boolean) =>
    void act.run(final ? 'submit' : 'save', () => (final ? submitScores : saveScores)(assignment.id, sheetBody(input)), (a) => {
      notify('teal', t(final ? 'evaluation.sheet.submittedNote' : 'evaluation.sheet.savedNote'));
      onSaved(a);
    });
  return (
    <section aria-labelledby="sheet-title">
      <Text fw={700} size="lg" id="sheet-title" mb="xs">{t('evaluation.sheet.title')}</Text>
      {!submitted && <Text size="sm" c="dimmed" mb="sm">{t('evaluation.sheet.scale')}</Text>}
      {submitted && <Alert color="teal" mb="sm">{t('evaluation.sheet.readOnly')}</Alert>}
      {act.fields.length > 0 && <Alert color="red" mb="sm" role="alert">{t('evaluation.sheet.fixErrors', { count: Object.keys(errors).length })}</Alert>}
      {act.error !== null && act.fields.length === 0 && <ErrorAlert error={act.error} />}
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('evaluation.sheet.criterion')}</Table.Th>
              <Table.Th scope="col">{t('evaluation.sheet.score')}</Table.Th>
              <Table.Th scope="col">{t('evaluation.sheet.comment')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {grid.sections.map((s, i) => (
            <Fragment key={s.key}>
              <Table.Tbody>
                <Table.Tr bg="gray.1">
                  <Table.Th scope="rowgroup">{`${i + 1}. ${titleOf(i18n.language, s)}`}</Table.Th>
                  <Table.Td colSpan={2} fw={700} aria-live="polite">
                    {t('evaluation.sheet.sectionTotal', { points: totals.sections[s.key] ?? 0, max: max(s.criteria) })}
                  </Table.Td>
                </Table.Tr>
                {s.criteria.map((c, j) => (
                  <CriterionFields
                    key={c.key}
                    criterion={c}
                    number={`${i + 1}.${j + 1}`}
                    value={input[c.key] ?? { score: '', comment: '' }}
                    errors={errors[c.key] ?? []}
                    readOnly={submitted}
                    onChange={(v) => setInput((x) => ({ ...x, [c.key]: v }))}
                  />
                ))}
              </Table.Tbody>
            </Fragment>
          ))}
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('evaluation.total')}</Table.Th>
              <Table.Td colSpan={2} fw={700}>{t('evaluation.sheet.sectionTotal', { points: totals.total, max: max(grid.sections.flatMap((s) => s.criteria)) })}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {!submitted && (
        <Group mt="md">
          <Button variant="default" onClick={() => save(false)} loading={act.busy === 'save'}>{t('evaluation.sheet.save')}</Button>
          <Button onClick={() => setConfirming(true)} loading={act.busy === 'submit'}>{t('evaluation.sheet.submit')}</Button>
        </Group>
      )}
      <SubmitSheetDialog opened={confirming} reference={assignment.reference} points={totals.total} max={max(grid.sections.flatMap((s) => s.criteria))}
        threshold={rules.divergenceThreshold} gaps={sheetGaps(grid, input).length} onClose={() => setConfirming(false)}
        onConfirm={() => { setConfirming(false); save(true); }} />
    </section>
  );
}
