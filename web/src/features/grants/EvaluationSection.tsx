import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SAME_COUNTRY_SIDES, TIE_BREAKS } from '../../../../shared/grants';
import { EditorSection, PercentInput, type CallForm } from './editorFields';
import { titleOf } from './labels';
import { conceptNoteGrid } from '../../../../shared/grants.concept';
import { gridMaxScore } from '../../../../shared/grants.call.rules';

/** Assessors and divergence, the two-stage option, and how ties in the final score are broken. */
export function EvaluationSection({ form, locked }: { form: CallForm; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const r = form.getValues().rules;
  const sections = r.grid.sections.map((s) => ({ value: s.key, label: titleOf(i18n.language, s) || s.key }));
  return (
    <EditorSection legend={t('grants.editor.evaluation')} disabled={locked}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t('grants.editor.fields.assessorsPerApplication')} required min={2} max={5} allowDecimal={false}
            {...form.getInputProps('rules.assessorsPerApplication')} />
          <NumberInput label={t('grants.editor.fields.divergenceThreshold')} description={t('grants.editor.divergenceHint')} required min={1}
            allowDecimal={false} {...form.getInputProps('rules.divergenceThreshold')} />
        </SimpleGrid>
        <Select label={t('grants.editor.fields.sameCountryExclusion')} description={t('grants.editor.sameCountryHint')} required allowDeselect={false} comboboxProps={{ withinPortal: true }}
          data={SAME_COUNTRY_SIDES.map((k) => ({ value: k, label: t(`grants.sameCountry.${k}`) }))} {...form.getInputProps('rules.sameCountryExclusion')} />
        <Switch label={t('grants.editor.fields.twoStage')} description={t('grants.editor.twoStageHint')} {...form.getInputProps('rules.twoStage', { type: 'checkbox' })} />
        {r.twoStage && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PercentInput label={t('grants.editor.fields.amountChangeLimitBp')} description={t('grants.editor.amountChangeHint')} required
              {...form.getInputProps('rules.amountChangeLimitBp')} />
            <NumberInput label={t('grants.editor.fields.preSelectionThreshold')} description={t('grants.editor.preSelectionHint', { max: gridMaxScore(conceptNoteGrid()) })} required
              min={0} allowDecimal={false} {...form.getInputProps('rules.preSelectionThreshold')} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect label={t('grants.editor.fields.tieBreaks')} description={t('grants.editor.tieBreaksHint')} clearable comboboxProps={{ withinPortal: true }}
            data={TIE_BREAKS.map((k) => ({ value: k, label: t(`grants.tieBreaks.${k}`) }))} {...form.getInputProps('rules.tieBreaks')} />
          {r.tieBreaks.includes('section_score') && (
            <Select label={t('grants.editor.fields.tieBreakSection')} required data={sections} comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('rules.tieBreakSection')} />
          )}
        </SimpleGrid>
      </Stack>
    </EditorSection>
  );
}
