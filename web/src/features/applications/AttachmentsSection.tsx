import { ActionIcon, Anchor, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { IconFile, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteFile, fileHref, listFiles, uploadFile } from '../../api/applications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { useFormat } from '../../i18n/format';
import { ACCEPT_ATTR, fileProblem, readFile, sizeParts } from '../partners/fileReading';
import { useLoad } from '../partners/useLoad';
import { EditorSection } from './EditorSection';

/** Files attached to the application (statutes, declarations, letters); the lead adds and removes them on a draft. */
export function AttachmentsSection({ applicationId, editable }: { applicationId: string; editable: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const files = useLoad((s) => listFiles(applicationId, s), applicationId);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const problem = file ? fileProblem(file) : null;
  const size = (bytes: number) => { const p = sizeParts(bytes); return t(`partners.files.size.${p.unit}`, { value: fmt.num(p.value) }); };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      files.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const upload = () => run(async () => {
    if (!file || problem) return;
    await uploadFile(applicationId, await readFile(file));
    notify('teal', t('applications.files.uploaded', { name: file.name }));
    setFile(null);
  });
  const items = files.data?.items ?? [];
  return (
    <EditorSection id="app-files" title={t('applications.files.title')} hint={editable ? t('applications.files.hint') : undefined}>
      <Stack gap="sm">
        {files.error !== null && <ErrorAlert error={files.error} />}
        {files.data && items.length === 0 && <Text size="sm" c="dimmed">{t('applications.files.none')}</Text>}
        {items.length > 0 && (
          <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((f) => (
              <li key={f.id}>
                <Group gap={6} wrap="nowrap">
                  <IconFile size={18} aria-hidden style={{ flexShrink: 0 }} />
                  <Anchor href={fileHref(applicationId, f.id)} download={f.filename} style={{ overflowWrap: 'anywhere' }}>{f.filename}</Anchor>
                  <Text size="xs" c="dimmed">{size(f.size)} · {fmt.date(f.uploadedAt)}</Text>
                  {editable && (
                    <ActionIcon variant="subtle" color="red.9" disabled={busy} aria-label={t('applications.files.remove', { name: f.filename })}
                      onClick={() => void run(() => deleteFile(applicationId, f.id))}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  )}
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {error !== null && <ErrorAlert error={error} />}
        {editable && (
          <Group align="flex-end" gap="sm">
            <FileInput label={t('applications.files.choose')} placeholder={t('applications.files.placeholder')} accept={ACCEPT_ATTR} value={file} onChange={setFile}
              clearable clearButtonProps={{ 'aria-label': t('applications.files.clear') }} miw={260}
              error={problem ? t(`partners.files.problem.${problem}`) : undefined} />
            <Button onClick={() => void upload()} loading={busy} disabled={!file || problem !== null} leftSection={<IconUpload size={16} aria-hidden />}>
              {t('applications.files.upload')}
            </Button>
          </Group>
        )}
      </Stack>
    </EditorSection>
  );
}
