import { Accordion, Anchor, Badge, Group, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { listOutbox } from '../../api/accounts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { useLoader } from './useLoader';

/** Mail text with its http(s) links made clickable (reset links in the dev outbox). */
function Linkified({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: 0 }}>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? <Anchor key={i} href={part}>{part}</Anchor> : <Fragment key={i}>{part}</Fragment>,
      )}
    </Text>
  );
}

/** Every mail the platform sent (or queued without SMTP), newest first. */
export function OutboxTab() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data, error, loading } = useLoader(() => listOutbox(), 'outbox');
  if (error) return <ErrorAlert error={error} />;
  if (loading || !data) return <Loading />;
  if (data.items.length === 0) return <Text c="dimmed">{t('admin.outbox.empty')}</Text>;
  return (
    <Accordion variant="separated" chevronPosition="left">
      {data.items.map((m) => (
        <Accordion.Item key={m.id} value={m.id}>
          <Accordion.Control>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <div>
                <Text fw={600}>{m.subject}</Text>
                <Text size="sm" c="dimmed">{t('admin.outbox.to', { to: m.to })} · {fmt.dateTime(m.createdAt)}</Text>
              </div>
              <Badge variant="light" color={m.error ? 'red' : m.sentAt ? 'teal' : 'gray'}>
                {m.error ? t('admin.outbox.failed') : m.sentAt ? t('admin.outbox.sent') : t('admin.outbox.notSent')}
              </Badge>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Linkified text={m.body} />
            {m.error && <Text c="red.9" size="sm" mt="xs">{m.error}</Text>}
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
