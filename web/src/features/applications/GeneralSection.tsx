import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationContent } from '../../../../shared/grants';
import { THEMES, type Theme } from '../../../../shared/themes';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './sectionProps';

/** Titles and summaries in both languages, the theme and the duration. */
export function GeneralSection({ content, change, errors, call }: SectionProps) {
  const { t } = useTranslation();
  const allowed: readonly Theme[] = call?.rules.themes ?? THEMES;
  // A theme the call does not list stays visible, so its problem can be read and fixed.
  const themes = content.theme && !allowed.includes(content.theme) ? [...allowed, content.theme] : allowed;
  const text = (field: 'titleEn' | 'titleTr' | 'summaryEn' | 'summaryTr', long: boolean) => {
    const props = {
      id: `app-${field}`,
      label: t(`applications.fields.${field}`),
      value: content[field],
      error: errors[`app-${field}`],
      maxLength: long ? 5000 : 300,
      onChange: (e: { currentTarget: { value: string } }) => change(field, e.currentTarget.value),
    };
    return long ? <Textarea {...props} autosize minRows={4} maxRows={14} /> : <TextInput {...props} />;
  };
  const duration = (v: string | number) => change('durationMonths', v === '' ? null : Number(v) as ApplicationContent['durationMonths']);
  return (
    <EditorSection id="sec-general" title={t('applications.sections.general')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text('titleEn', false)}
          {text('titleTr', false)}
        </SimpleGrid>
        {text('summaryEn', true)}
        {text('summaryTr', true)}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select id="app-theme" label={t('applications.fields.theme')} placeholder={t('applications.general.pickTheme')}
            data={themes.map((x) => ({ value: x, label: t(`themes.${x}`) }))} value={content.theme}
            onChange={(v) => change('theme', (v as Theme | null) ?? null)} error={errors['app-theme']} allowDeselect={false} />
          <NumberInput id="app-durationMonths" label={t('applications.fields.durationMonths')} min={1} max={60} allowDecimal={false} allowNegative={false}
            description={call ? t('applications.general.maxDuration', { count: call.rules.maxDurationMonths }) : undefined}
            value={content.durationMonths ?? ''} onChange={duration} error={errors['app-durationMonths']} />
        </SimpleGrid>
      </Stack>
    </EditorSection>
  );
}
