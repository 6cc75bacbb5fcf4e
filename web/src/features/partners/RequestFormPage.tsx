import { Button, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { partnerRequestBody } from '../../../../shared/matching';
import { LANGUAGES } from '../../../../shared/themes';
import { ApiRequestError } from '../../api/client';
import { createRequest, getRequest, updateRequest } from '../../api/matching';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrors } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { notify } from '../../components/notify';
import { validateWith } from '../../components/validation';
import { useFormat } from '../../i18n/format';
import { themeOptions, typeOptions } from '../authorities/labels';
import { countryOptions } from './countryOptions';
import { ownAuthority } from './officer';
import { EMPTY_REQUEST, toBody, toValues, type RequestValues } from './requestForm';
import { SectionHeader } from './SectionHeader';
import { SignInPrompt } from './SignInPrompt';

/** Publish a new partner request, or edit one of the officer's authority. */
export function RequestFormPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useParams().id;
  const navigate = useNavigate();
  const { user, loading } = useAuth();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [ready, setReady] = useState(!id);
  const form = useForm<RequestValues>({
    initialValues: EMPTY_REQUEST,
    validate: (values) => validateWith(partnerRequestBody, toBody(values), t) ?? {},
  });
  const languages = useMemo(() => LANGUAGES.map((c) => ({ value: c, label: fmt.language(c) })).sort((a, b) => a.label.localeCompare(b.label, fmt.locale)), [fmt]);
  const countries = useMemo(() => countryOptions(fmt), [fmt]);

  useEffect(() => {
    if (!id) return;
    const ctrl = new AbortController();
    getRequest(id, ctrl.signal).then((r) => { form.setValues(toValues(r)); form.resetDirty(toValues(r)); setReady(true); }, (e: unknown) => { if (!ctrl.signal.aborted) setError(e); });
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once per id
  }, [id]);

  const title = t(id ? 'partners.form.editTitle' : 'partners.form.newTitle');
  if (loading) return <Loading />;
  // Admins moderate by closing or reopening on the board; the words of a request are its authority's.
  if (!ownAuthority(user)) return (<><SectionHeader title={title} /><SignInPrompt message={t('partners.form.officersOnly')} /></>);
  if (!ready && error === null) return <Loading />;

  const submit = async (values: RequestValues) => {
    setSaving(true);
    setError(null);
    try {
      const saved = id ? await updateRequest(id, toBody(values)) : await createRequest(toBody(values));
      notify('teal', t('partners.form.saved', { title: saved.title }));
      navigate('/partners/requests');
    } catch (err) {
      setError(err);
      if (err instanceof ApiRequestError && err.status === 400) form.setErrors(fieldErrors(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <SectionHeader title={title} />
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack gap="md" maw={880}>
          {error !== null && <ErrorAlert error={error} />}
          <TextInput label={t('partners.form.title')} required maxLength={160} {...form.getInputProps('title')} />
          <MultiSelect label={t('partners.form.themes')} required data={themeOptions(t)} searchable {...form.getInputProps('themes')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect label={t('partners.form.targetCountries')} description={t('partners.form.anyIfEmpty')} data={countries} searchable clearable {...form.getInputProps('targetCountries')} />
            <MultiSelect label={t('partners.form.authorityTypes')} description={t('partners.form.anyIfEmpty')} data={typeOptions(t)} clearable {...form.getInputProps('authorityTypes')} />
            <NumberInput label={t('directory.minPopulation')} min={0} thousandSeparator={fmt.locale === 'tr-TR' ? '.' : ','} decimalSeparator={fmt.locale === 'tr-TR' ? ',' : '.'} allowDecimal={false} {...form.getInputProps('minPopulation')} />
            <NumberInput label={t('directory.maxPopulation')} min={0} thousandSeparator={fmt.locale === 'tr-TR' ? '.' : ','} decimalSeparator={fmt.locale === 'tr-TR' ? ',' : '.'} allowDecimal={false} {...form.getInputProps('maxPopulation')} />
            <MultiSelect label={t('partners.form.languages')} data={languages} searchable clearable {...form.getInputProps('languages')} />
            <TextInput label={t('partners.form.timeframe')} placeholder={t('partners.form.timeframeHint')} maxLength={80} {...form.getInputProps('timeframe')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Textarea label={t('profile.edit.descriptionEn')} lang="en" autosize minRows={5} maxRows={14} {...form.getInputProps('descriptionEn')} />
            <Textarea label={t('profile.edit.descriptionTr')} lang="tr" autosize minRows={5} maxRows={14} {...form.getInputProps('descriptionTr')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate('/partners/requests')}>{t('common.cancel')}</Button>
            <Button type="submit" loading={saving}>{t(id ? 'common.save' : 'partners.form.publish')}</Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
