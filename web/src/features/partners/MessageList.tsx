import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { attachmentHref, type ConversationDetail } from '../../api/matching';
import { useFormat } from '../../i18n/format';
import { useNames } from '../authorities/useNames';
import { sizeParts } from './fileReading';

/** The thread, oldest first; own side's messages tinted; attachments as download links. */
export function MessageList({ conversation: c, own }: { conversation: ConversationDetail; own: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useNames();
  const size = (bytes: number) => {
    const p = sizeParts(bytes);
    return t(`partners.files.size.${p.unit}`, { value: fmt.num(p.value) });
  };
  const authority = (code: string | null) => (code === c.a.code ? names.text(c.a) : code === c.b.code ? names.text(c.b) : '');
  if (c.messages.length === 0) return <Text c="dimmed">{t('partners.conversations.noMessages')}</Text>;
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('partners.conversations.thread')}>
      {c.messages.map((m) => {
        const mine = own !== null && m.authorCode === own;
        return (
          <Paper component="li" key={m.id} withBorder radius="md" p="sm" bg={mine ? 'bridge.0' : undefined} ml={mine ? { base: 24, sm: 64 } : 0} mr={mine ? 0 : { base: 24, sm: 64 }}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={700}>
                {m.authorName}
                {m.authorCode && <Text span size="sm" c="dimmed" fw={400}> · {authority(m.authorCode)}</Text>}
              </Text>
              <Text size="xs" c="dimmed"><time dateTime={m.createdAt}>{fmt.dateTime(m.createdAt)}</time></Text>
            </Group>
            <Text mt={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{m.body}</Text>
            {m.attachments.length > 0 && (
              <Stack gap={2} mt="xs" component="ul" p={0} style={{ listStyle: 'none' }} aria-label={t('partners.files.attached')}>
                {m.attachments.map((a) => (
                  <Group component="li" key={a.id} gap={6} wrap="nowrap">
                    <IconPaperclip size={14} aria-hidden />
                    <Anchor href={attachmentHref(c.id, a.id)} download={a.filename} size="sm">{a.filename}</Anchor>
                    <Text size="xs" c="dimmed">({size(a.size)})</Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
