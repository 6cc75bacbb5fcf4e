import { Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SCALE_MAX, SCALE_MIN, TEXT_MAX, type Question } from '../../../../shared/participation';
import type { AnswerDraft } from './answerState';
import { textOf } from './labels';
import { RankingField } from './RankingField';

interface Props {
  question: Question;
  draft: AnswerDraft | undefined;
  order: string[];
  error: string | undefined;
  onChange: (draft: AnswerDraft) => void;
}

const SCALE = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

/** One question of the answer form, by its kind. */
export function QuestionField({ question, draft, order, error, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const label = textOf(i18n.language, question.prompt);
  const labelOf = (id: string) => textOf(i18n.language, question.options.find((o) => o.id === id)?.label ?? { tr: id, en: id });
  const common = { label, withAsterisk: question.required, error };
  switch (question.kind) {
    case 'single':
      return (
        <Radio.Group {...common} value={draft?.optionIds?.[0] ?? null} onChange={(v) => onChange({ optionIds: [v] })}>
          <Stack gap={6} mt={6}>{question.options.map((o) => <Radio key={o.id} value={o.id} label={labelOf(o.id)} />)}</Stack>
        </Radio.Group>
      );
    case 'multiple':
      return (
        <Checkbox.Group {...common} value={draft?.optionIds ?? []} onChange={(v) => onChange({ optionIds: v })}>
          <Stack gap={6} mt={6}>{question.options.map((o) => <Checkbox key={o.id} value={o.id} label={labelOf(o.id)} />)}</Stack>
        </Checkbox.Group>
      );
    case 'scale':
      return (
        <Radio.Group {...common} description={t('participation.form.scaleHelp')} value={draft?.value === undefined ? null : String(draft.value)} onChange={(v) => onChange({ value: Number(v) })}>
          <Group gap="lg" mt={6}>{SCALE.map((n) => <Radio key={n} value={String(n)} label={String(n)} />)}</Group>
        </Radio.Group>
      );
    case 'ranking': {
      const labelId = `rank-${question.id}`;
      return (
        <Stack gap={4}>
          <Text fw={500} size="sm" id={labelId}>{label}{question.required ? ' *' : ''}</Text>
          <Text size="sm" c="dimmed">{t('participation.form.rankingHelp')}</Text>
          <RankingField labelId={labelId} order={order} labelOf={labelOf} onChange={(optionIds) => onChange({ optionIds })} />
          {error && <Text c="var(--mantine-color-error)" size="sm">{error}</Text>}
        </Stack>
      );
    }
    case 'text':
      return <Textarea {...common} autosize minRows={3} maxLength={TEXT_MAX} value={draft?.text ?? ''} onChange={(e) => onChange({ text: e.currentTarget.value })} />;
  }
}
