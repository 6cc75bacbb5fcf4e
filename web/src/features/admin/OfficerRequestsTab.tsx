import { Anchor, Badge, Button, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../components/notify';
import { Link } from 'react-router';
import { OFFICER_STATUSES, type OfficerRequest, type OfficerStatus } from '../../../../shared/accounts';
import { decideOfficerRequest, listOfficerRequests } from '../../api/accounts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { ApproveOfficerModal } from './ApproveOfficerModal';
import { useLoader } from './useLoader';

const COLORS = { pending: 'yellow', approved: 'teal', rejected: 'red' } as const;

/** Pending (or decided) officer requests by person and authority name, with approve (confirmed first) and reject buttons. */
export function OfficerRequestsTab() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [status, setStatus] = useState<OfficerStatus>('pending');
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<OfficerRequest | null>(null);
  const { data, error, loading, reload } = useLoader(() => listOfficerRequests(status), status);

  const decide = async (id: string, decision: 'approved' | 'rejected', who: string) => {
    setBusy(id);
    try {
      await decideOfficerRequest(id, decision);
      notify('teal', t(`admin.requests.done.${decision}`, { name: who }));
      setConfirming(null);
      reload();
    } catch (err) {
      notify('red', errorText(err, t), t('errors.title'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <SegmentedControl mb="md" value={status} onChange={(v) => setStatus(v as OfficerStatus)} aria-label={t('admin.requests.statusFilter')}
        data={OFFICER_STATUSES.map((s) => ({ value: s, label: t(`accounts.officer.status.${s}`) }))} />
      {error !== null && <ErrorAlert error={error} />}
      {loading && !data ? <Loading /> : data && data.items.length === 0 ? (
        <Text c="dimmed">{t('admin.requests.empty')}</Text>
      ) : data && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.requests.user')}</Table.Th>
                <Table.Th scope="col">{t('admin.requests.authority')}</Table.Th>
                <Table.Th scope="col">{t('admin.requests.position')}</Table.Th>
                <Table.Th scope="col">{t('admin.requests.date')}</Table.Th>
                <Table.Th scope="col">{t('admin.requests.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td><Text fw={600}>{r.userName}</Text><Text size="sm" c="dimmed">{r.userEmail}</Text></Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/authorities/${encodeURIComponent(r.authorityCode)}`}>{r.authorityName ?? r.authorityCode}</Anchor>
                    <Text size="xs" c="dimmed">{t('admin.requests.code', { code: r.authorityCode })}</Text>
                  </Table.Td>
                  <Table.Td>{r.position ?? '–'}</Table.Td>
                  <Table.Td>{fmt.dateTime(r.createdAt)}</Table.Td>
                  <Table.Td>
                    {r.status === 'pending' ? (
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" color="teal.9" loading={busy === r.id} onClick={() => setConfirming(r)}
                          aria-label={t('admin.requests.approveFor', { name: r.userName })}>{t('admin.requests.approve')}</Button>
                        <Button size="xs" variant="outline" color="red.9" disabled={busy === r.id} onClick={() => void decide(r.id, 'rejected', r.userName)}
                          aria-label={t('admin.requests.rejectFor', { name: r.userName })}>{t('admin.requests.reject')}</Button>
                      </Group>
                    ) : (
                      <Badge color={COLORS[r.status]} variant="light">{t(`accounts.officer.status.${r.status}`)}</Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ApproveOfficerModal request={confirming} busy={confirming !== null && busy === confirming.id} onCancel={() => setConfirming(null)}
        onApprove={(r) => void decide(r.id, 'approved', r.userName)} />
    </>
  );
}
