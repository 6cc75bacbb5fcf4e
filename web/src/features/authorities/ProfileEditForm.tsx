import { Button, Group, MultiSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../components/notify';
import { authorityProfileUpdate, type AuthorityProfile, type AuthorityProfileUpdate } from '../../../../shared/authorities';
import { LANGUAGES, type Theme } from '../../../../shared/themes';
import { updateAuthority } from '../../api/authorities';
import { ApiRequestError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrors } from '../../components/errors';
import { validateWith } from '../../components/validation';
import { useFormat } from '../../i18n/format';
import { themeOptions } from './labels';

interface Props {
  profile: AuthorityProfile;
  onSaved: (profile: AuthorityProfile) => void;
  onCancel: () => void;
}

interface Values {
  descriptionEn: string;
  descriptionTr: string;
  themes: string[];
  languages: string[];
  website: string;
  email: string;
  phone: string;
}

/** The officer's profile form: validated with the shared schema, then PATCHed; server field errors land on fields. */
export function ProfileEditForm({ profile, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    initialValues: {
      descriptionEn: profile.descriptionEn,
      descriptionTr: profile.descriptionTr,
      themes: profile.themes,
      languages: profile.languages,
      website: profile.website,
      email: profile.email,
      phone: profile.phone,
    },
    validate: (values) => validateWith(authorityProfileUpdate, values, t) ?? {},
  });
  const languages = useMemo(
    () => LANGUAGES.map((code) => ({ value: code, label: fmt.language(code) })).sort((a, b) => a.label.localeCompare(b.label, fmt.locale)),
    [fmt],
  );

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      const body: AuthorityProfileUpdate = { ...values, themes: values.themes as Theme[], languages: values.languages as AuthorityProfileUpdate['languages'] };
      const saved = await updateAuthority(profile.code, body);
      notify('teal', t('profile.edit.saved', { name: saved.name }), t('profile.edit.savedTitle'));
      onSaved(saved);
    } catch (err) {
      setError(err);
      if (err instanceof ApiRequestError && err.status === 400) form.setErrors(fieldErrors(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="md">
        {error !== null && <ErrorAlert error={error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea label={t('profile.edit.descriptionEn')} lang="en" autosize minRows={4} maxRows={12} {...form.getInputProps('descriptionEn')} />
          <Textarea label={t('profile.edit.descriptionTr')} lang="tr" autosize minRows={4} maxRows={12} {...form.getInputProps('descriptionTr')} />
        </SimpleGrid>
        <MultiSelect label={t('profile.edit.themes')} data={themeOptions(t)} searchable clearable {...form.getInputProps('themes')} />
        <MultiSelect label={t('profile.edit.languages')} data={languages} searchable clearable {...form.getInputProps('languages')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={t('profile.edit.website')} type="url" placeholder="https://" {...form.getInputProps('website')} />
          <TextInput label={t('profile.edit.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('profile.edit.phone')} type="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={saving}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
