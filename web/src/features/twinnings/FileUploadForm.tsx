import { Button, Checkbox, FileInput, Group, Select, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TWINNING_FILE_KINDS, type TwinningFileKind } from '../../../../shared/twinnings';
import { uploadFile } from '../../api/twinnings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ACCEPT_ATTR } from '../partners/fileReading';
import { refusedFile, uploadBody, uploadProblem } from './uploads';

/** Upload one document with its kind and whether everyone may see it (officers of either side). */
export function FileUploadForm({ twinningId, onUploaded }: { twinningId: string; onUploaded: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<TwinningFileKind>('protocol');
  const [file, setFile] = useState<File | null>(null);
  const [isPublic, setPublic] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const problem = file ? uploadProblem(file, kind) : null;

  const submit = async () => {
    if (!file || problem) return;
    setSending(true);
    setError(null);
    try {
      await uploadFile(twinningId, await uploadBody(file, kind, isPublic));
      notify('teal', t('twinnings.files.uploaded', { name: file.name }));
      setFile(null);
      onUploaded();
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate aria-label={t('twinnings.files.uploadTitle')}>
      <Stack gap="sm">
        <Text fw={600}>{t('twinnings.files.uploadTitle')}</Text>
        {error !== null && (refusedFile(error) ? <Text c="red.8" size="sm" role="alert">{t('twinnings.files.refused')}</Text> : <ErrorAlert error={error} />)}
        <Group gap="sm" align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          <Select label={t('twinnings.files.kind')} data={TWINNING_FILE_KINDS.map((k) => ({ value: k, label: t(`twinnings.files.kinds.${k}`) }))}
            value={kind} onChange={(v) => v && setKind(v as TwinningFileKind)} allowDeselect={false} miw={180} />
          <FileInput label={t('twinnings.files.file')} placeholder={t('twinnings.files.choose')} accept={ACCEPT_ATTR} value={file} onChange={setFile} clearable clearButtonProps={{ 'aria-label': t('twinnings.files.clear') }}
            miw={220} description={t('twinnings.files.hint')}
            error={problem ? t(problem === 'notImage' ? 'twinnings.files.notImage' : `partners.files.problem.${problem}`) : undefined} />
        </Group>
        <Checkbox label={t('twinnings.files.makePublic')} description={t('twinnings.files.makePublicHint')} checked={isPublic} onChange={(e) => setPublic(e.currentTarget.checked)} />
        <Group>
          <Button type="submit" loading={sending} disabled={!file || problem !== null} leftSection={<IconUpload size={16} aria-hidden />}>{t('twinnings.files.upload')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
