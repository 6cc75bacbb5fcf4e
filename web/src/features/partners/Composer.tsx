import { Button, CloseButton, FileButton, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { IconPaperclip, IconSend } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/client';
import { postMessage } from '../../api/matching';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../i18n/format';
import { ACCEPT_ATTR, fileProblem, MAX_FILES, readFile, sizeParts } from './fileReading';

interface Props {
  conversationId: string;
  onSent: () => void;
}

const SERVER_FILE_PROBLEMS: ReadonlySet<string> = new Set(['empty', 'size', 'type', 'name', 'content']);

/**
 * Problems of a 400 by attachment index ("attachments.2" → 2) as the server's stable codes (the
 * i18n keys under partners.files.problem; an unknown one reads as "type"), plus the message body's.
 */
export function composerErrors(err: unknown): { body?: string; files: Record<number, string> } {
  const out: { body?: string; files: Record<number, string> } = { files: {} };
  if (!(err instanceof ApiRequestError) || err.status !== 400) return out;
  for (const f of err.fields) {
    const m = /^attachments\.(\d+)/.exec(f.path);
    if (m) out.files[Number(m[1])] ??= f.code && SERVER_FILE_PROBLEMS.has(f.code) ? f.code : 'type';
    else if (f.path === 'body') out.body ??= f.message;
  }
  return out;
}

/** Write a message with up to five files; files are checked here and again by the server. */
export function Composer({ conversationId, onSent }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const filesId = useId();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const server = composerErrors(error);
  const size = (bytes: number) => { const p = sizeParts(bytes); return t(`partners.files.size.${p.unit}`, { value: fmt.num(p.value) }); };
  const localProblem = (f: File) => { const p = fileProblem(f); return p ? t(`partners.files.problem.${p}`) : null; };

  const add = (picked: File[]) => setFiles((prev) => [...prev, ...picked].slice(0, MAX_FILES));
  const submit = async () => {
    if (!body.trim()) { setBodyError(t('partners.conversations.bodyRequired')); return; }
    if (files.some((f) => fileProblem(f))) return;
    setSending(true);
    setError(null);
    try {
      await postMessage(conversationId, body.trim(), await Promise.all(files.map(readFile)));
      setBody('');
      setFiles([]);
      onSent();
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate aria-label={t('partners.conversations.composer')}>
      <Stack gap="sm">
        {error !== null && <ErrorAlert error={error} />}
        <Textarea label={t('partners.conversations.message')} autosize minRows={3} maxRows={12} maxLength={8000} value={body}
          error={bodyError ?? (server.body ? t('partners.conversations.bodyRequired') : undefined)}
          onChange={(e) => { setBody(e.currentTarget.value); setBodyError(null); }} />
        {files.length > 0 && (
          <div>
          <Text id={filesId} size="sm" fw={600}>{t('partners.files.chosen', { count: files.length })}</Text>
          <List size="sm" spacing={4} listStyleType="none" aria-labelledby={filesId}>
            {files.map((f, i) => {
              const problem = localProblem(f) ?? (server.files[i] ? t(`partners.files.problem.${server.files[i]}`) : undefined);
              return (
                <List.Item key={`${f.name}-${i}`}>
                  <Group gap={6} wrap="nowrap">
                    <IconPaperclip size={14} aria-hidden />
                    <Text size="sm" truncate>{f.name}</Text>
                    <Text size="xs" c="dimmed">({size(f.size)})</Text>
                    <CloseButton size="sm" aria-label={t('partners.files.remove', { name: f.name })} onClick={() => setFiles(files.filter((_, j) => j !== i))} />
                  </Group>
                  {problem && <Text size="sm" c="red.8" role="alert">{t('partners.files.refused', { name: f.name, problem })}</Text>}
                </List.Item>
              );
            })}
          </List>
          </div>
        )}
        <Group justify="space-between" gap="sm">
          <FileButton onChange={add} accept={ACCEPT_ATTR} multiple>
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconPaperclip size={16} aria-hidden />} disabled={files.length >= MAX_FILES}>
                {t('partners.files.attach')}
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed" style={{ flex: 1 }}>{t('partners.files.hint', { max: MAX_FILES })}</Text>
          <Button type="submit" loading={sending} leftSection={<IconSend size={16} aria-hidden />}>{t('partners.conversations.send')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
