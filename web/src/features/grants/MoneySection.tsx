import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EditorSection, EuroInput, PercentInput, type CallForm } from './editorFields';

/** Budget, grant range, co-financing, indirect-cost cap, the EU share floor and pre-financing. */
export function MoneySection({ form, locked }: { form: CallForm; locked: boolean }) {
  const { t } = useTranslation();
  const euros = t('grants.editor.eurosHint');
  return (
    <EditorSection legend={t('grants.editor.money')} disabled={locked}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <EuroInput label={t('grants.editor.fields.budgetCents')} description={euros} required {...form.getInputProps('rules.budgetCents')} />
        <EuroInput label={t('grants.editor.fields.minGrantCents')} description={euros} required {...form.getInputProps('rules.minGrantCents')} />
        <EuroInput label={t('grants.editor.fields.maxGrantCents')} description={euros} required {...form.getInputProps('rules.maxGrantCents')} />
        <PercentInput label={t('grants.editor.fields.minCoFinancingBp')} description={t('grants.editor.coFinancingHint')} required {...form.getInputProps('rules.minCoFinancingBp')} />
        <PercentInput label={t('grants.editor.fields.maxIndirectBp')} description={t('grants.editor.indirectHint')} required {...form.getInputProps('rules.maxIndirectBp')} />
        <PercentInput label={t('grants.editor.fields.minEuShareBp')} description={t('grants.editor.euShareHint')} {...form.getInputProps('rules.minEuShareBp')} />
        <PercentInput label={t('grants.editor.fields.preFinancingBp')} description={t('grants.editor.preFinancingHint')} required {...form.getInputProps('rules.preFinancingBp')} />
      </SimpleGrid>
    </EditorSection>
  );
}
