import { Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../shared/accounts';
import { endMyOtherSessions, endMySession, listMySessions } from '../../api/accounts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLang } from '../../i18n';

/** The signed-in user's sessions: where and when, "this one", sign out one or every other. */
export function SessionsSection() {
  const { t } = useTranslation();
  const [items, setItems] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      setItems((await listMySessions(signal)).items);
    } catch (err) {
      if (!signal?.aborted) setError(err);
    }
  }, []);
  useEffect(() => {
    const ctl = new AbortController();
    void load(ctl.signal);
    return () => ctl.abort();
  }, [load]);
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await load();
    } catch (err) {
      setError(err);
    }
  };
  const when = (iso: string) => new Date(iso).toLocaleString(currentLang() === 'tr' ? 'tr-TR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Istanbul' });
  const others = (items ?? []).filter((s) => !s.current).length;

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">{t('accounts.sessions.title')}</Title>
      <Text size="sm" c="dimmed">{t('accounts.sessions.intro')}</Text>
      {error !== null && <ErrorAlert error={error} />}
      {items && (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('accounts.sessions.device')}</Table.Th>
                <Table.Th>{t('accounts.sessions.address')}</Table.Th>
                <Table.Th>{t('accounts.sessions.started')}</Table.Th>
                <Table.Th>{t('accounts.sessions.lastSeen')}</Table.Th>
                <Table.Th><VisuallyHidden>{t('accounts.sessions.actions')}</VisuallyHidden></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id} data-testid="session-row">
                  <Table.Td>{s.userAgent ?? t('accounts.sessions.unknownDevice')}</Table.Td>
                  <Table.Td>{s.ip ?? '—'}</Table.Td>
                  <Table.Td>{when(s.createdAt)}</Table.Td>
                  <Table.Td>{when(s.lastSeenAt)}</Table.Td>
                  <Table.Td>
                    {s.current ? (
                      <Badge variant="light" color="teal">{t('accounts.sessions.thisOne')}</Badge>
                    ) : (
                      <Button size="xs" variant="default" onClick={() => void act(() => endMySession(s.id))}>{t('accounts.sessions.signOut')}</Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button variant="light" disabled={others === 0} onClick={() => void act(endMyOtherSessions)}>{t('accounts.sessions.signOutOthers')}</Button>
      </Group>
    </Stack>
  );
}
