import { Alert, Button, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationGrid } from '../../../../shared/grants';
import { recordConsensus, type EvaluationView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { titleOf } from '../grants/labels';
import { consensusBody, consensusInput, sectionAverages, sectionMaximum, type ConsensusInput } from './consensus';
import { errorsByKey } from './sheet';
import { useAction } from './useAction';

/** The committee's score per section: the assessors' mean, changed only with a written justification. */
export function ConsensusForm({ grid, view, onSaved }: { grid: EvaluationGrid; view: EvaluationView; onSaved: (v: EvaluationView) => void }) {
  const { t, i18n } = useTranslation();
  const [input, setInput] = useState<ConsensusInput>(() => consensusInput(grid, view));
  const averages = sectionAverages(grid, view);
  const act = useAction();
  const errors = errorsByKey(act.fields, 'changes');
  const msg = (key: string, field: 'score' | 'comment') => {
    const e = errors[key]?.find((x) => x.field === field);
    return e ? t(`evaluation.errors.${e.code}`, { ...e.params, defaultValue: t('evaluation.errors.invalid') }) : undefined;
  };
  const set = (key: string, patch: Partial<ConsensusInput[string]>) => setInput((x) => ({ ...x, [key]: { score: '', justification: '', ...x[key], ...patch } }));
  const save = () => void act.run('save', () => recordConsensus(view.applicationId, consensusBody(input, averages)), (v) => { notify('teal', t('evaluation.consensus.saved')); onSaved(v); });
  const c = view.consensus;
  return (
    <section aria-labelledby={`consensus-${view.applicationId}`}>
      <Text fw={700} id={`consensus-${view.applicationId}`} mb={4}>{t('evaluation.consensus.title')}</Text>
      <Text size="sm" c="dimmed" mb="xs">{t('evaluation.consensus.intro')}</Text>
      {c && (
        <Alert color={c.passed ? 'teal' : 'red'} mb="sm">
          {t(c.passed ? 'evaluation.consensus.passed' : 'evaluation.consensus.failed', { total: c.total })}
          {c.eliminatedBy && ` ${t('evaluation.consensus.eliminated', { section: titleOf(i18n.language, grid.sections.find((s) => s.key === c.eliminatedBy) ?? { titleEn: c.eliminatedBy, titleTr: c.eliminatedBy }) })}`}
        </Alert>
      )}
      {act.error !== null && act.fields.length === 0 && <ErrorAlert error={act.error} />}
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {grid.sections.map((s) => {
            const name = titleOf(i18n.language, s);
            const max = sectionMaximum(grid, s.key);
            return (
              <Table.Tr key={s.key}>
                <Table.Th scope="row" w={200} fw={500}>{name}</Table.Th>
                <Table.Td w={110}><Text size="sm">{t('evaluation.consensus.average', { average: averages[s.key] ?? '–' })}</Text></Table.Td>
                <Table.Td w={130}>
                  <TextInput aria-label={t('evaluation.consensus.scoreOf', { name, max })} description={t('evaluation.consensus.outOf', { max })} value={input[s.key]?.score ?? ''} onChange={(e) => set(s.key, { score: e.currentTarget.value })} inputMode="numeric" error={msg(s.key, 'score')} />
                </Table.Td>
                <Table.Td>
                  <Textarea aria-label={t('evaluation.consensus.justificationOf', { name })} value={input[s.key]?.justification ?? ''} onChange={(e) => set(s.key, { justification: e.currentTarget.value })} autosize minRows={1} error={msg(s.key, 'comment')} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Button mt="sm" onClick={save} loading={act.busy === 'save'}>{t('evaluation.consensus.save')}</Button>
    </section>
  );
}
