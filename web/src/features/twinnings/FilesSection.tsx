import { Anchor, Badge, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TwinningFile } from '../../../../shared/twinnings';
import { fileHref } from '../../api/twinnings';
import { useFormat } from '../../i18n/format';
import { sizeParts } from '../partners/fileReading';
import { FileActions } from './FileActions';
import { FileUploadForm } from './FileUploadForm';

interface Props {
  twinningId: string;
  files: TwinningFile[];
  /** Officers of either side: upload, publish, remove. */
  canManage: boolean;
  onChanged: () => void;
}

/** The twinning's documents (not activity photos): public ones for everyone, all for its officers. */
export function FilesSection({ twinningId, files, canManage, onChanged }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const docs = files.filter((f) => f.activityId === null);
  const size = (bytes: number) => { const p = sizeParts(bytes); return t(`partners.files.size.${p.unit}`, { value: fmt.num(p.value) }); };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="files-title">
      <Title order={2} size="h3" id="files-title" mb="xs">{t('twinnings.files.title')}</Title>
      {docs.length === 0 ? (
        <Text c="dimmed" size="sm">{t(canManage ? 'twinnings.files.none' : 'twinnings.files.nonePublic')}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {docs.map((f) => (
            <li key={f.id}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconFile size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Anchor href={fileHref(twinningId, f.id)} download={f.filename} style={{ overflowWrap: 'anywhere' }}>{f.filename}</Anchor>
                  <Group gap={6} mt={2}>
                    <Badge variant="light" color="bridge" size="sm">{t(`twinnings.files.kinds.${f.kind}`)}</Badge>
                    {!f.public && <Badge variant="light" color="gray" size="sm">{t('twinnings.files.private')}</Badge>}
                    <Text size="xs" c="dimmed">{size(f.size)} · {fmt.date(f.uploadedAt)}{f.uploadedBy ? ` · ${f.uploadedBy}` : ''}</Text>
                  </Group>
                  {canManage && <FileActions twinningId={twinningId} file={f} onChanged={onChanged} />}
                </div>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {canManage && (
        <>
          <Divider my="md" />
          <FileUploadForm twinningId={twinningId} onUploaded={onChanged} />
        </>
      )}
    </Paper>
  );
}
