import { ActionIcon, Button, Checkbox, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QUESTION_KINDS, type QuestionKind } from '../../../../shared/participation';
import { emptyPair, newQuestion, type QuestionDraft } from './consultationDraft';

interface Props {
  index: number;
  question: QuestionDraft;
  errors: Record<string, string>;
  onChange: (q: QuestionDraft) => void;
  onRemove: () => void;
}

const MAX_OPTIONS = 12;

/** One question of the creation form: its kind, prompt in both languages, and options for choice kinds. */
export function QuestionEditor({ index, question: q, errors, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const at = `questions.${index}`;
  const n = index + 1;
  const choices = q.kind === 'single' || q.kind === 'multiple' || q.kind === 'ranking';
  const setOption = (i: number, lang: 'tr' | 'en', value: string) =>
    onChange({ ...q, options: q.options.map((o, j) => (j === i ? { ...o, [lang]: value } : o)) });
  return (
    <Fieldset legend={t('participation.create.questionN', { n })}>
      <Stack gap="sm">
        <Group align="flex-end">
          <Select label={t('participation.create.kind')} allowDeselect={false} value={q.kind}
            data={QUESTION_KINDS.map((k) => ({ value: k, label: t(`participation.kinds.${k}`) }))}
            onChange={(v) => v && onChange({ ...newQuestion(v as QuestionKind), prompt: q.prompt, required: q.required })} />
          <Checkbox label={t('participation.create.required')} checked={q.required} onChange={(e) => onChange({ ...q, required: e.currentTarget.checked })} mb={8} />
          <Button variant="subtle" color="red" onClick={onRemove} leftSection={<IconTrash size={16} aria-hidden />}>
            {t('participation.create.removeQuestion', { n })}
          </Button>
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('participation.create.promptTr')} value={q.prompt.tr} error={errors[`${at}.prompt`]} onChange={(e) => onChange({ ...q, prompt: { ...q.prompt, tr: e.currentTarget.value } })} />
          <TextInput label={t('participation.create.promptEn')} value={q.prompt.en} onChange={(e) => onChange({ ...q, prompt: { ...q.prompt, en: e.currentTarget.value } })} />
        </Group>
        {choices && (
          <Stack gap={6}>
            {q.options.map((o, i) => (
              <Group key={i} grow align="flex-end" wrap="nowrap">
                <TextInput label={t('participation.create.optionTr', { n: i + 1 })} value={o.tr} error={errors[`${at}.options.${i}`]} onChange={(e) => setOption(i, 'tr', e.currentTarget.value)} />
                <TextInput label={t('participation.create.optionEn', { n: i + 1 })} value={o.en} onChange={(e) => setOption(i, 'en', e.currentTarget.value)} />
                <ActionIcon variant="default" size="lg" style={{ flexGrow: 0 }} aria-label={t('participation.create.removeOption', { n: i + 1 })}
                  onClick={() => onChange({ ...q, options: q.options.filter((_, j) => j !== i) })}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {errors[`${at}.options`] && <Text c="var(--mantine-color-error)" size="sm">{errors[`${at}.options`]}</Text>}
            {q.options.length < MAX_OPTIONS && (
              <Button variant="default" w="fit-content" size="xs" onClick={() => onChange({ ...q, options: [...q.options, emptyPair()] })}>
                {t('participation.create.addOption')}
              </Button>
            )}
          </Stack>
        )}
      </Stack>
    </Fieldset>
  );
}
