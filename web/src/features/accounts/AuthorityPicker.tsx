import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchAuthorities } from '../../api/authorities';
import { useNames } from '../authorities/useNames';
import { useFormat } from '../../i18n/format';

interface Props {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  /** The label of a value set from outside (e.g. the URL), shown before any search. */
  selectedLabel?: string;
  description?: string;
}

/** Pick an authority by typing part of its name (server-side search, no client filtering). */
export function AuthorityPicker({ label, value, onChange, error, selectedLabel, description }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useNames();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);

  useEffect(() => {
    const q = debounced.trim();
    if (q.length < 2) return;
    const ctrl = new AbortController();
    searchAuthorities({ q, limit: 10 }, ctrl.signal).then(
      (res) => {
        const found = res.items.map((a) => ({ value: a.code, label: [names.text(a), names.region(a), fmt.country(a.country)].filter(Boolean).join(' · ') }));
        // Keep the chosen option so the input keeps showing its label.
        setOptions((prev) => [...prev.filter((o) => o.value === value && !found.some((f) => f.value === o.value)), ...found]);
      },
      () => undefined,
    );
    return () => ctrl.abort();
  }, [debounced, fmt, names, value]);

  const data = value && selectedLabel && !options.some((o) => o.value === value) ? [{ value, label: selectedLabel }, ...options] : options;
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('accounts.officer.pickerPlaceholder')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      // Ten results fit without a scrolling box, which keyboard users could not reach (axe:
      // scrollable-region-focusable); the options are walked with the arrow keys.
      withScrollArea={false}
      nothingFoundMessage={search.trim().length < 2 ? t('accounts.officer.typeMore') : t('common.nothingFound')}
      error={error}
    />
  );
}
