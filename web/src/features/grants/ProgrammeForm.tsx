import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { createProgramme, updateProgramme, type ProgrammeBody, type ProgrammeSummary } from '../../api/grants';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { EuroInput } from './editorFields';
import { centsToInput, parseEuros } from './money';
import { formErrors } from './problems';
import { useGrantFormat } from './useGrantFormat';

type Values = Omit<ProgrammeBody, 'budgetCents'> & { budget: string };
const CODE = /^[A-Z0-9-]{2,30}$/;

interface Props {
  /** The programme to edit; without it a new programme is created. */
  programme?: ProgrammeSummary;
  onCancel: () => void;
  onSaved?: () => void;
}

/** A programme manager opens or edits a programme: code, titles, descriptions and its envelope. */
export function ProgrammeForm({ programme, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    initialValues: programme
      ? { code: programme.code, titleEn: programme.titleEn, titleTr: programme.titleTr, descriptionEn: programme.descriptionEn, descriptionTr: programme.descriptionTr, budget: centsToInput(programme.budgetCents, fmt.locale) }
      : { code: '', titleEn: '', titleTr: '', descriptionEn: '', descriptionTr: '', budget: '' },
    validate: {
      code: (v) => (CODE.test(v.trim()) ? null : t('grants.newProgramme.codeHint')),
      titleEn: (v) => (v.trim() ? null : t('grants.editor.required')),
      titleTr: (v) => (v.trim() ? null : t('grants.editor.required')),
      budget: (v) => ((parseEuros(v, fmt.locale) ?? 0) > 0 ? null : t('grants.newProgramme.budgetHint')),
    },
  });

  const submit = async ({ budget, ...values }: Values) => {
    setSaving(true);
    setError(null);
    const body = { ...values, code: values.code.trim(), budgetCents: parseEuros(budget, fmt.locale) ?? 0 };
    try {
      if (programme) {
        await updateProgramme(programme.id, body);
        notify('teal', t('grants.newProgramme.saved'));
        onSaved?.();
      } else {
        const created = await createProgramme(body);
        notify('teal', t('grants.newProgramme.created', { code: created.code }));
        navigate(`/grants/programmes/${created.id}`);
      }
    } catch (err) {
      setError(err);
      if (err instanceof ApiRequestError && err.status === 400) form.setErrors(formErrors(err.fields, t, fmt.locale));
      if (err instanceof ApiRequestError && err.reason === 'programme_code_taken') form.setFieldError('code', t('grants.newProgramme.codeTaken'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="md">
        {error !== null && <ErrorAlert error={error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('grants.newProgramme.code')} description={t('grants.newProgramme.codeHint')} required maxLength={30} disabled={!!programme}
            {...form.getInputProps('code')} onChange={(e) => form.setFieldValue('code', e.currentTarget.value.toUpperCase())} />
          <EuroInput label={t('grants.newProgramme.budget')} description={t('grants.newProgramme.budgetHint')} required {...form.getInputProps('budget')} />
          <TextInput label={t('grants.editor.fields.titleEn')} lang="en" required maxLength={300} {...form.getInputProps('titleEn')} />
          <TextInput label={t('grants.editor.fields.titleTr')} lang="tr" required maxLength={300} {...form.getInputProps('titleTr')} />
          <Textarea label={t('grants.newProgramme.descriptionEn')} lang="en" autosize minRows={3} maxLength={5000} {...form.getInputProps('descriptionEn')} />
          <Textarea label={t('grants.newProgramme.descriptionTr')} lang="tr" autosize minRows={3} maxLength={5000} {...form.getInputProps('descriptionTr')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" loading={saving}>{t(programme ? 'grants.newProgramme.save' : 'grants.newProgramme.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
