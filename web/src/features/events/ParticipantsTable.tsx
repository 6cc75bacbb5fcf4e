import { Alert, Button, Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event, Participant } from '../../../../shared/events';
import { getParticipants, markAttendance } from '../../api/events';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../i18n/format';
import { useLoad } from '../partners/useLoad';

/** The attendance as the organiser ticks it, starting from what the server holds. */
function useMarks(items: readonly Participant[] | undefined) {
  const [changed, setChanged] = useState<Record<string, boolean>>({});
  const attended = (p: Participant) => changed[p.userId] ?? p.attended;
  return { attended, set: (id: string, v: boolean) => setChanged((c) => ({ ...c, [id]: v })), reset: () => setChanged({}), dirty: Object.keys(changed).length > 0 && items !== undefined };
}

/**
 * Who registered, who waits (in order) and who cancelled; once the event has started the organiser
 * ticks who attended and saves the marks of everyone with a seat.
 */
export function ParticipantsTable({ event: e, onChanged }: { event: Event; onChanged: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const list = useLoad((s) => getParticipants(e.id, s), `${e.id}:${e.registered}:${e.waiting}`);
  const marks = useMarks(list.data?.items);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const started = e.timing !== 'upcoming';
  const seated = list.data?.items.filter((p) => p.status === 'registered') ?? [];

  const save = async () => {
    setSaving(true);
    setFailure(null);
    setSaved(false);
    try {
      await markAttendance(e.id, { marks: seated.map((p) => ({ userId: p.userId, attended: marks.attended(p) })) });
      marks.reset();
      list.reload();
      setSaved(true);
      onChanged();
    } catch (err) {
      setFailure(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">{t('events.organiser.participants')}</Title>
      {!started && <Text size="sm" c="dimmed">{t('events.organiser.attendanceLater')}</Text>}
      {list.error !== null && <ErrorAlert error={list.error} />}
      {list.data?.items.length === 0 && <Text c="dimmed">{t('events.organiser.noParticipants')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={t('events.organiser.participants')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('events.organiser.name')}</Table.Th>
                <Table.Th scope="col">{t('events.organiser.email')}</Table.Th>
                <Table.Th scope="col">{t('events.organiser.status')}</Table.Th>
                <Table.Th scope="col">{t('events.organiser.registeredAt')}</Table.Th>
                <Table.Th scope="col">{t('events.organiser.attended')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((p) => (
                <Table.Tr key={p.userId}>
                  <Table.Th scope="row" fw={500}>{p.name}</Table.Th>
                  <Table.Td>{p.email}</Table.Td>
                  <Table.Td>{p.status === 'waiting' ? t('events.organiser.waitingAt', { position: fmt.num(p.position ?? 0) }) : t(`events.organiser.statuses.${p.status}`)}</Table.Td>
                  <Table.Td>{fmt.dateTime(p.registeredAt)}</Table.Td>
                  <Table.Td>
                    {p.status === 'registered' && (
                      <Checkbox aria-label={t('events.organiser.attendedLabel', { name: p.name })} checked={marks.attended(p)} disabled={!started}
                        onChange={(x) => { marks.set(p.userId, x.currentTarget.checked); setSaved(false); }} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {started && seated.length > 0 && (
        <Button w="fit-content" loading={saving} onClick={() => void save()}>{t('events.organiser.saveAttendance')}</Button>
      )}
      {saved && <Alert color="teal" variant="light" role="status">{t('events.organiser.attendanceSaved')}</Alert>}
      {failure !== null && <ErrorAlert error={failure} />}
    </Stack>
  );
}
