import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { createProgramme, type ProgrammeBody } from '../../api/grants';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { formErrors } from './problems';
import { useGrantFormat } from './useGrantFormat';

const EMPTY: ProgrammeBody = { code: '', titleEn: '', titleTr: '', descriptionEn: '', descriptionTr: '' };
const CODE = /^[A-Z0-9-]{2,30}$/;

/** A programme manager opens a programme: code, titles and descriptions in both languages. */
export function NewProgrammeForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<ProgrammeBody>({
    initialValues: EMPTY,
    validate: {
      code: (v) => (CODE.test(v.trim()) ? null : t('grants.newProgramme.codeHint')),
      titleEn: (v) => (v.trim() ? null : t('grants.editor.required')),
      titleTr: (v) => (v.trim() ? null : t('grants.editor.required')),
    },
  });

  const submit = async (values: ProgrammeBody) => {
    setSaving(true);
    setError(null);
    try {
      const created = await createProgramme({ ...values, code: values.code.trim() });
      notify('teal', t('grants.newProgramme.created', { code: created.code }));
      navigate(`/grants/programmes/${created.id}`);
    } catch (err) {
      setError(err);
      if (err instanceof ApiRequestError && err.status === 400) form.setErrors(formErrors(err.fields, t, fmt.locale));
      if (err instanceof ApiRequestError && err.status === 409) form.setFieldError('code', t('grants.newProgramme.codeTaken'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="md">
        {error !== null && <ErrorAlert error={error} />}
        <TextInput label={t('grants.newProgramme.code')} description={t('grants.newProgramme.codeHint')} required maxLength={30}
          {...form.getInputProps('code')} onChange={(e) => form.setFieldValue('code', e.currentTarget.value.toUpperCase())} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('grants.editor.fields.titleEn')} lang="en" required maxLength={300} {...form.getInputProps('titleEn')} />
          <TextInput label={t('grants.editor.fields.titleTr')} lang="tr" required maxLength={300} {...form.getInputProps('titleTr')} />
          <Textarea label={t('grants.newProgramme.descriptionEn')} lang="en" autosize minRows={3} maxLength={5000} {...form.getInputProps('descriptionEn')} />
          <Textarea label={t('grants.newProgramme.descriptionTr')} lang="tr" autosize minRows={3} maxLength={5000} {...form.getInputProps('descriptionTr')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={saving}>{t('grants.newProgramme.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
