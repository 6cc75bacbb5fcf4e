import { Alert, Button, Checkbox, Fieldset, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionUser } from '../../../../shared/accounts';
import { CAPACITY_MAX, EVENT_KINDS, type Event, type EventInput, type EventKind } from '../../../../shared/events';
import { LANGUAGES, THEMES, type Theme } from '../../../../shared/themes';
import { ApiRequestError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText } from '../../components/errors';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { AuthorityPicker } from '../accounts/AuthorityPicker';
import { checkEventDraft, type EventDraft } from './eventDraft';
import { MaterialsEditor } from './MaterialsEditor';
import { PlaceFields } from './PlaceFields';

/** Every IANA zone the browser knows, Istanbul first (most events are held in Türkiye). */
function zones(): string[] {
  const all = Intl.supportedValuesOf('timeZone');
  return ['Europe/Istanbul', ...all.filter((z) => z !== 'Europe/Istanbul')];
}

/**
 * The server's refusal at the fields it names: a 400's field codes in the reader's words, and a
 * capacity below the seats given (409) at the capacity field.
 */
function serverFieldErrors(err: unknown, t: TFunction): Record<string, string> {
  if (!(err instanceof ApiRequestError)) return {};
  if (err.status === 409 && err.reason === 'event_capacity_below_registered') return { capacity: errorText(err, t) };
  const out: Record<string, string> = {};
  for (const f of err.fields) out[f.path] ??= t(`events.form.problems.${f.code ?? 'invalid'}`, { defaultValue: t('events.form.problems.invalid') });
  return out;
}

interface Props {
  user: SessionUser;
  initial: EventDraft;
  title: string;
  intro: string;
  submitLabel: string;
  /** Sends the checked body (create or replace); the page of the event it answers with opens next. */
  save: (body: EventInput) => Promise<Event>;
}

/** The event form shared by publishing and editing: checked by the shared schema, then by the server. */
export function EventForm({ user, initial, title, intro, submitLabel, save }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const officer = user.role === 'officer';
  const [d, setD] = useState<EventDraft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const zoneList = useMemo(zones, []);
  const set = (patch: Partial<EventDraft>) => setD((x) => ({ ...x, ...patch }));
  const pair = (key: 'title' | 'description', lang: 'tr' | 'en', value: string) => setD((x) => ({ ...x, [key]: { ...x[key], [lang]: value } }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkEventDraft(d, t);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    setFailure(null);
    try {
      const saved = await save(checked.body);
      void navigate(`/events/${saved.id}`);
    } catch (err) {
      setFailure(err);
      setErrors(serverFieldErrors(err, t));
    } finally {
      setSaving(false);
    }
  };

  // The server's own refusal is said once, in the error alert, not counted as problems to fix.
  const errorCount = failure === null ? Object.keys(errors).length : 0;
  const zoneHint = t('events.form.zoneHint', { zone: d.timeZone });
  return (
    <Page title={title} intro={intro}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="lg">
          <Fieldset legend={t('events.form.what')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t('events.form.kind')} allowDeselect={false} value={d.kind} data={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
                onChange={(v) => v && set({ kind: v as EventKind })} />
              <Select label={t('events.form.language')} allowDeselect={false} searchable value={d.language} data={LANGUAGES.map((l) => ({ value: l, label: fmt.language(l) }))}
                onChange={(v) => v && set({ language: v })} />
              <TextInput label={t('events.form.titleTr')} value={d.title.tr} error={errors.title} onChange={(e) => pair('title', 'tr', e.currentTarget.value)} />
              <TextInput label={t('events.form.titleEn')} value={d.title.en} onChange={(e) => pair('title', 'en', e.currentTarget.value)} />
              <Textarea label={t('events.form.descriptionTr')} autosize minRows={3} value={d.description.tr} error={errors.description} onChange={(e) => pair('description', 'tr', e.currentTarget.value)} />
              <Textarea label={t('events.form.descriptionEn')} autosize minRows={3} value={d.description.en} onChange={(e) => pair('description', 'en', e.currentTarget.value)} />
            </SimpleGrid>
            <Checkbox.Group label={t('events.form.themes')} value={d.themes} onChange={(v) => set({ themes: v as Theme[] })} mt="md">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} mt="xs">
                {THEMES.map((x) => <Checkbox key={x} value={x} label={t(`themes.${x}`)} />)}
              </SimpleGrid>
            </Checkbox.Group>
          </Fieldset>
          <Fieldset legend={t('events.form.when')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t('events.form.timeZone')} searchable allowDeselect={false} limit={30} value={d.timeZone} data={zoneList} error={errors.timeZone}
                onChange={(v) => v && set({ timeZone: v })} />
              <TextInput type="datetime-local" label={t('events.form.deadline')} description={t('events.form.deadlineHelp', { zone: d.timeZone })} value={d.registrationDeadline}
                error={errors.registrationDeadline} onChange={(e) => set({ registrationDeadline: e.currentTarget.value })} />
              <TextInput type="datetime-local" label={t('events.form.startsAt')} description={zoneHint} value={d.startsAt} error={errors.startsAt} onChange={(e) => set({ startsAt: e.currentTarget.value })} />
              <TextInput type="datetime-local" label={t('events.form.endsAt')} description={zoneHint} value={d.endsAt} error={errors.endsAt} onChange={(e) => set({ endsAt: e.currentTarget.value })} />
              <NumberInput label={t('events.form.capacity')} min={1} max={CAPACITY_MAX} value={d.capacity} error={errors.capacity} onChange={(v) => set({ capacity: v })} />
              <NumberInput label={t('events.form.hours')} description={t('events.form.hoursHelp')} min={0.5} max={500} step={0.5} decimalScale={1} value={d.hours} error={errors.hours} onChange={(v) => set({ hours: v })} />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('events.form.where')}>
            <Stack gap="sm">
              <PlaceFields draft={d} errors={errors} set={set} />
              {officer ? (
                <Text size="sm" c="dimmed">{t('events.form.organiserOwn')}</Text>
              ) : (
                <AuthorityPicker label={t('events.form.organiser')} description={t('events.form.organiserHelp')} value={d.organiserAuthorityCode}
                  selectedLabel={d.organiserAuthorityCode ? (d.names?.[d.organiserAuthorityCode] ?? d.organiserAuthorityCode) : undefined} error={errors.organiserAuthorityCode} onChange={(code) => set({ organiserAuthorityCode: code })} />
              )}
            </Stack>
          </Fieldset>
          <MaterialsEditor materials={d.materials} errors={errors} onChange={(materials) => set({ materials })} />
          {errorCount > 0 && <Alert color="red" variant="light" role="alert">{t('events.form.fix', { count: errorCount })}</Alert>}
          {failure !== null && <ErrorAlert error={failure} />}
          <Button type="submit" loading={saving} w="fit-content">{submitLabel}</Button>
        </Stack>
      </form>
    </Page>
  );
}
