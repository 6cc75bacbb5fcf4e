import { Button, Checkbox, FileInput, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, PARTICIPANT_GROUPS } from '../../../../shared/twinnings';
import { addActivity, uploadFile } from '../../api/twinnings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrors } from '../../components/errors';
import { notify } from '../../components/notify';
import { themeOptions } from '../authorities/labels';
import { activityProblems, toActivityBody, type ActivityValues } from './activityText';
import { uploadBody, uploadProblem } from './uploads';

const EMPTY: ActivityValues = { kind: 'visit', title: '', startsOn: '', endsOn: '', themes: [], participants: {}, descriptionEn: '', descriptionTr: '' };

/** Log an activity with optional photos (officers of either side); photos upload after the activity exists. */
export function ActivityForm({ twinningId, onSaved }: { twinningId: string; onSaved: () => void }) {
  const { t } = useTranslation();
  const [v, setV] = useState<ActivityValues>(EMPTY);
  const [photos, setPhotos] = useState<File[]>([]);
  const [photosPublic, setPhotosPublic] = useState(false);
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<ActivityValues>) => setV((old) => ({ ...old, ...patch }));
  const local = shown ? activityProblems(v) : {};
  const server = fieldErrors(error);
  const fieldError = (k: 'title' | 'startsOn' | 'endsOn') => (local[k] ? t(local[k]) : server[k] ? t('validation.invalid') : undefined);
  const badPhotos = photos.filter((p) => uploadProblem(p, 'photo'));

  const submit = async () => {
    setShown(true);
    if (Object.keys(activityProblems(v)).length || badPhotos.length) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await addActivity(twinningId, toActivityBody(v));
      for (const p of photos) await uploadFile(twinningId, await uploadBody(p, 'photo', photosPublic, saved.id));
      notify('teal', t('twinnings.activities.form.saved', { title: saved.title }));
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
      <Stack gap="sm">
        {error !== null && <ErrorAlert error={error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select label={t('twinnings.activities.form.kind')} data={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`twinnings.activities.kinds.${k}`) }))}
            value={v.kind} onChange={(k) => k && set({ kind: k as ActivityValues['kind'] })} allowDeselect={false} />
          <TextInput label={t('twinnings.activities.form.title')} required value={v.title} maxLength={200} error={fieldError('title')}
            onChange={(e) => set({ title: e.currentTarget.value })} />
          <TextInput type="date" label={t('twinnings.activities.form.startsOn')} required value={v.startsOn} error={fieldError('startsOn')}
            onChange={(e) => set({ startsOn: e.currentTarget.value })} />
          <TextInput type="date" label={t('twinnings.activities.form.endsOn')} value={v.endsOn} error={fieldError('endsOn')}
            onChange={(e) => set({ endsOn: e.currentTarget.value })} />
        </SimpleGrid>
        <MultiSelect label={t('twinnings.activities.form.themes')} data={themeOptions(t)} value={v.themes} onChange={(themes) => set({ themes })} clearable
          comboboxProps={{ withinPortal: true }} />
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" size="sm" fw={500} mb={4}>{t('twinnings.activities.form.participants')}</Text>
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
            {PARTICIPANT_GROUPS.map((g) => (
              <NumberInput key={g} label={t(`twinnings.activities.groups.${g}`)} min={0} max={1_000_000} allowDecimal={false} allowNegative={false}
                value={v.participants[g] ?? ''} onChange={(n) => set({ participants: { ...v.participants, [g]: n } })} />
            ))}
          </SimpleGrid>
        </fieldset>
        <Textarea label={t('twinnings.activities.form.descriptionEn')} autosize minRows={2} maxRows={8} maxLength={5000} lang="en"
          value={v.descriptionEn} onChange={(e) => set({ descriptionEn: e.currentTarget.value })} />
        <Textarea label={t('twinnings.activities.form.descriptionTr')} autosize minRows={2} maxRows={8} maxLength={5000} lang="tr"
          value={v.descriptionTr} onChange={(e) => set({ descriptionTr: e.currentTarget.value })} />
        <FileInput label={t('twinnings.activities.form.photos')} placeholder={t('twinnings.files.choose')} multiple accept=".png,.jpg,.jpeg" clearable
          clearButtonProps={{ 'aria-label': t('twinnings.files.clear') }}
          value={photos} onChange={setPhotos} description={t('twinnings.activities.form.photosHint')}
          error={badPhotos.length ? t('twinnings.activities.form.badPhotos', { names: badPhotos.map((p) => p.name).join(', ') }) : undefined} />
        <Checkbox label={t('twinnings.activities.form.photosPublic')} checked={photosPublic} onChange={(e) => setPhotosPublic(e.currentTarget.checked)} />
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>{t('twinnings.activities.form.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
