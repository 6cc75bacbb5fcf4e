import { Badge, Button, Group, NumberInput, Paper, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { getShortlist, shortlistCall, type CallView } from '../../api/grants';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { formatIstanbul } from '../../../../shared/istanbul';
import { useLoad } from '../partners/useLoad';

/**
 * The manager's shortlist step of a two-stage call: the evaluated concept notes against the
 * pre-selection threshold, and how many to invite to the full stage. The server refuses (409) before
 * the concept deadline and while concept notes are still being checked or evaluated.
 */
export function ShortlistStep({ call, onDone }: { call: CallView; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const view = useLoad((s) => getShortlist(call.id, s), `${call.id}|${call.stage}`);
  const [count, setCount] = useState<number | string>(5);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The managers' home links here (#call-shortlist) when concept notes wait: bring the step into view once loaded.
  const { hash } = useLocation();
  const ready = Boolean(view.data);
  useEffect(() => {
    if (ready && hash === '#call-shortlist') document.getElementById('call-shortlist')?.scrollIntoView?.({ block: 'start' });
  }, [ready, hash]);
  if (view.error) return <ErrorAlert error={view.error} />;
  if (!view.data) return null;
  const v = view.data;
  const when = (iso: string) => t('grants.time.istanbul', { when: formatIstanbul(iso, i18n.language) });
  const closed = Date.now() > Date.parse(v.deadlineAt);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const done = await shortlistCall(call.id, Number(count));
      view.setData(done);
      notify('teal', t('grants.shortlist.done', { count: done.items.filter((i) => i.shortlisted).length }));
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Text size="sm">{t('grants.shortlist.intro', { max: v.maxScore, threshold: v.threshold, fullDeadlineAt: when(v.fullDeadlineAt) })}</Text>
        {!closed && <Text size="sm" c="dimmed">{t('grants.shortlist.waitDeadline', { deadlineAt: when(v.deadlineAt) })}</Text>}
        {v.pending > 0 && <Text size="sm" c="dimmed">{t('grants.shortlist.pending', { count: v.pending })}</Text>}
        {v.items.length === 0 ? <Text size="sm" c="dimmed">{t('grants.shortlist.none')}</Text> : (
          <Table.ScrollContainer minWidth={520}>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('grants.shortlist.reference')}</Table.Th>
                  <Table.Th>{t('grants.shortlist.lead')}</Table.Th>
                  <Table.Th>{t('grants.shortlist.total')}</Table.Th>
                  <Table.Th>{t('grants.shortlist.outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {v.items.map((i) => (
                  <Table.Tr key={i.applicationId}>
                    <Table.Td>{i.reference}</Table.Td>
                    <Table.Td>{i.leadName}</Table.Td>
                    <Table.Td>{i.total}</Table.Td>
                    <Table.Td>
                      {i.shortlisted === null
                        ? <Badge variant="light" color={i.aboveThreshold ? 'teal' : 'gray'}>{t(i.aboveThreshold ? 'grants.shortlist.above' : 'grants.shortlist.below')}</Badge>
                        : <Badge variant="light" color={i.shortlisted ? 'teal' : 'gray'}>{t(i.shortlisted ? 'grants.shortlist.in' : 'grants.shortlist.out')}</Badge>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {error !== null && <ErrorAlert error={error} />}
        {v.stage === 'concept' && (
          <Group align="flex-end">
            <NumberInput label={t('grants.shortlist.count')} description={t('grants.shortlist.countHint')} min={1} max={500} allowDecimal={false} value={count} onChange={setCount} w={320} />
            <Button onClick={() => void submit()} loading={busy} disabled={!closed || v.pending > 0 || !Number(count)}>{t('grants.shortlist.submit')}</Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
