import { SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthorityPicker } from '../accounts/AuthorityPicker';
import type { EventDraft } from './eventDraft';

interface Props {
  draft: EventDraft;
  errors: Record<string, string>;
  set: (patch: Partial<EventDraft>) => void;
}

/** In person (an authority, found by name, and the address) or online (the link registered people get). */
export function PlaceFields({ draft: d, errors, set }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500} id="place-mode-label">{t('events.form.mode')}</Text>
        <SegmentedControl aria-labelledby="place-mode-label" value={d.mode} onChange={(v) => set({ mode: v === 'online' ? 'online' : 'in_person' })}
          data={[{ value: 'in_person', label: t('events.place.inPerson') }, { value: 'online', label: t('events.place.online') }]} />
      </div>
      {d.mode === 'in_person' ? (
        <>
          <AuthorityPicker label={t('events.form.authority')} description={t('events.form.authorityHelp')} value={d.authorityCode}
            selectedLabel={d.authorityCode ? (d.names?.[d.authorityCode] ?? d.authorityCode) : undefined} error={errors['place.authorityCode']} onChange={(code) => set({ authorityCode: code })} />
          <TextInput label={t('events.form.address')} value={d.address} error={errors['place.address']} onChange={(e) => set({ address: e.currentTarget.value })} />
        </>
      ) : (
        <TextInput type="url" label={t('events.form.link')} description={t('events.form.linkHelp')} value={d.link} error={errors['place.link']}
          onChange={(e) => set({ link: e.currentTarget.value })} />
      )}
    </Stack>
  );
}
