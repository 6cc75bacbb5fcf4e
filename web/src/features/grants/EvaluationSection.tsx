import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SAME_COUNTRY_SIDES, TIE_BREAKS } from '../../../../shared/grants';
import { EditorSection, PercentInput, type CallForm } from './editorFields';
import { titleOf } from './labels';
import { typedSectionMax } from './callForm';
import { useFormat } from '../../i18n/format';

/**
 * Assessors and divergence, the two-stage option, how ties in the final score are broken and how long
 * the reserve list stays valid (the concept-note grid itself has its own builder, after this part).
 */
export function EvaluationSection({ form, locked }: { form: CallForm; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const r = form.getValues().rules;
  // The threshold is counted on the concept-note grid as typed below (PRAG's 50 points unless edited).
  const conceptMax = r.conceptGrid.sections.reduce((sum, s) => sum + typedSectionMax(s), 0);
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
            <NumberInput label={t('grants.editor.fields.preSelectionThreshold')} description={t('grants.editor.preSelectionHint', { max: fmt.num(conceptMax) })} required
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
        <NumberInput label={t('grants.editor.fields.reserveValidMonths')} description={t('grants.editor.reserveValidHint')} min={1} max={36} allowDecimal={false}
          w={{ base: '100%', sm: 360 }} {...form.getInputProps('rules.reserveValidMonths')} />
      </Stack>
    </EditorSection>
  );
}
