import { MultiSelect, NumberInput, SimpleGrid, Stack, TagsInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { themeOptions, typeOptions } from '../authorities/labels';
import { countryOptions } from '../partners/countryOptions';
import { EditorSection, type CallForm } from './editorFields';

/** Themes, who may lead (types, countries), partners (countries, kinds, how many), who is excluded and the duration range. */
export function EligibilitySection({ form, locked }: { form: CallForm; locked: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = useMemo(() => countryOptions(fmt), [fmt]);
  const common = { searchable: true, clearable: true, nothingFoundMessage: t('common.nothingFound'), comboboxProps: { withinPortal: true } };
  return (
    <EditorSection legend={t('grants.editor.eligibility')} disabled={locked}>
      <Stack gap="md">
        <MultiSelect label={t('grants.editor.fields.themes')} required data={themeOptions(t)} {...common} {...form.getInputProps('rules.themes')} />
        <MultiSelect label={t('grants.editor.fields.leadTypes')} required data={typeOptions(t)} {...common} {...form.getInputProps('rules.leadTypes')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <MultiSelect label={t('grants.editor.fields.leadCountries')} required data={countries} {...common} {...form.getInputProps('rules.leadCountries')} />
          <MultiSelect label={t('grants.editor.fields.partnerCountries')} required data={countries} {...common} maxDropdownHeight={260}
            {...form.getInputProps('rules.partnerCountries')} />
          <MultiSelect label={t('grants.editor.fields.partnerTypes')} description={t('grants.editor.fields.partnerTypesHint')} data={typeOptions(t)} {...common}
            {...form.getInputProps('rules.partnerTypes')} />
          <NumberInput label={t('grants.editor.fields.minPartners')} required min={1} max={20} allowDecimal={false} {...form.getInputProps('rules.minPartners')} />
          <NumberInput label={t('grants.editor.fields.maxDurationMonths')} required min={1} max={60} allowDecimal={false} {...form.getInputProps('rules.maxDurationMonths')} />
          <NumberInput label={t('grants.editor.fields.minDurationMonths')} description={t('grants.editor.minDurationHint')} min={1} max={60} allowDecimal={false}
            {...form.getInputProps('rules.minDurationMonths')} />
        </SimpleGrid>
        <TagsInput label={t('grants.editor.fields.excludedAuthorities')} description={t('grants.editor.excludedAuthoritiesHint')} clearable splitChars={[',', ' ']}
          {...form.getInputProps('rules.excludedAuthorities')} />
      </Stack>
    </EditorSection>
  );
}
