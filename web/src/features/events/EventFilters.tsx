import { Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '../../../../shared/countries';
import { EVENT_KINDS } from '../../../../shared/events';
import { THEMES } from '../../../../shared/themes';
import { useFormat } from '../../i18n/format';

export interface Filters {
  theme: string | null;
  kind: string | null;
  country: string | null;
  month: string | null;
}

interface Props {
  value: Filters;
  onChange: (patch: Partial<Filters>) => void;
}

/** Theme, kind, country and month of the events shown; each choice lives in the URL. */
export function EventFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countries = COUNTRIES.map((c) => ({ value: c, label: fmt.country(c) })).sort((a, b) => a.label.localeCompare(b.label, fmt.locale));
  const any = value.theme ?? value.kind ?? value.country ?? value.month;
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('events.filters.label')}>
      <Select label={t('events.filters.theme')} placeholder={t('events.filters.any')} clearable w={200} value={value.theme}
        data={THEMES.map((x) => ({ value: x, label: t(`themes.${x}`) }))} onChange={(v) => onChange({ theme: v })} />
      <Select label={t('events.filters.kind')} placeholder={t('events.filters.any')} clearable w={180} value={value.kind}
        data={EVENT_KINDS.map((x) => ({ value: x, label: t(`events.kinds.${x}`) }))} onChange={(v) => onChange({ kind: v })} />
      <Select label={t('events.filters.country')} placeholder={t('events.filters.any')} clearable searchable w={200} value={value.country}
        data={countries} onChange={(v) => onChange({ country: v })} />
      <TextInput type="month" label={t('events.filters.month')} description={t('events.filters.monthHelp')} w={200} value={value.month ?? ''}
        onChange={(e) => onChange({ month: /^\d{4}-\d{2}$/.test(e.currentTarget.value) ? e.currentTarget.value : null })} />
      {any && <Button variant="subtle" onClick={() => onChange({ theme: null, kind: null, country: null, month: null })}>{t('events.filters.clear')}</Button>}
    </Group>
  );
}
