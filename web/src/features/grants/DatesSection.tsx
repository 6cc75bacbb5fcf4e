import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EditorSection, type CallForm } from './editorFields';

/** Opening and deadline as Istanbul wall time; once published only the deadline may move (later). */
export function DatesSection({ form, published }: { form: CallForm; published: boolean }) {
  const { t } = useTranslation();
  const hint = t('grants.editor.istanbulHint');
  return (
    <EditorSection legend={t('grants.editor.dates')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="datetime-local" label={t('grants.editor.fields.opensAt')} description={hint} required disabled={published} {...form.getInputProps('rules.opensAt')} />
        <TextInput type="datetime-local" label={t('grants.editor.fields.deadlineAt')} description={published ? t('grants.editor.extendOnly') : hint} required
          {...form.getInputProps('rules.deadlineAt')} />
        {form.getValues().rules.twoStage && (
          <TextInput type="datetime-local" label={t('grants.editor.fields.fullDeadlineAt')} description={published ? t('grants.editor.extendOnly') : t('grants.editor.fullDeadlineHint')} required
            {...form.getInputProps('rules.fullDeadlineAt')} />
        )}
      </SimpleGrid>
    </EditorSection>
  );
}
