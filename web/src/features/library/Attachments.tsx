import { Anchor, Button, FileInput, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { attachLibraryFile, libraryFileUrl, type LibraryEntry } from '../../api/library';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../i18n/format';
import { readFile, sizeParts } from '../partners/fileReading';

const ACCEPT = '.pdf,.png,.jpg,.jpeg';

/** An entry's files to download, and (for its proposer before review, or a reviewer) a picker to add one. */
export function Attachments({ entry, canAttach, onAdded }: { entry: LibraryEntry; canAttach: boolean; onAdded: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (entry.files.length === 0 && !canAttach) return null;
  const add = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await attachLibraryFile(entry.id, await readFile(file));
      setFile(null);
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="files-title">
      <Title order={2} size="h4" id="files-title">{t('library.files.title')}</Title>
      {entry.files.length > 0 && (
        <List size="sm">
          {entry.files.map((f) => {
            const size = sizeParts(f.size);
            return (
              <List.Item key={f.id}>
                <Anchor href={libraryFileUrl(entry.id, f.id)} target="_blank" rel="noopener">{f.filename}</Anchor>{' '}
                <Text span size="xs" c="dimmed">({fmt.num(size.value)} {size.unit})</Text>
              </List.Item>
            );
          })}
        </List>
      )}
      {canAttach && (
        <Group align="end">
          {error !== null && <ErrorAlert error={error} />}
          <FileInput label={t('library.files.pick')} description={t('library.files.help')} accept={ACCEPT} value={file} onChange={setFile} clearable style={{ minWidth: 260 }} />
          <Button variant="default" loading={busy} disabled={!file} onClick={() => void add()}>{t('library.files.add')}</Button>
        </Group>
      )}
    </Stack>
  );
}
