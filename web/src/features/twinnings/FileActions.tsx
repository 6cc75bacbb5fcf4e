import { ActionIcon, Group, Switch, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TwinningFile } from '../../../../shared/twinnings';
import { deleteFile, setFilePublic } from '../../api/twinnings';
import { errorText } from '../../components/errors';
import { notify } from '../../components/notify';

interface Props {
  twinningId: string;
  file: TwinningFile;
  onChanged: () => void;
}

/** For the two sides' officers: make a file public or private, or remove it. */
export function FileActions({ twinningId, file, onChanged }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await call();
      notify('teal', done);
      onChanged();
    } catch (err) {
      notify('red', errorText(err, t));
    } finally {
      setBusy(false);
    }
  };
  const remove = t('twinnings.files.removeNamed', { name: file.filename });
  return (
    <Group gap="xs">
      <Switch size="sm" checked={file.public} disabled={busy} label={t('twinnings.files.public')}
        aria-label={t('twinnings.files.publicNamed', { name: file.filename })}
        onChange={(e) => {
          const next = e.currentTarget.checked;
          void run(() => setFilePublic(twinningId, file.id, next), t(next ? 'twinnings.files.madePublic' : 'twinnings.files.madePrivate', { name: file.filename }));
        }} />
      <Tooltip label={remove}>
        <ActionIcon variant="subtle" color="red.8" aria-label={remove} disabled={busy}
          onClick={() => {
            if (window.confirm(t('twinnings.files.confirmRemove', { name: file.filename }))) void run(() => deleteFile(twinningId, file.id), t('twinnings.files.removed', { name: file.filename }));
          }}>
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
