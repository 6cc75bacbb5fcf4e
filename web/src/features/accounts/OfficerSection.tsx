import { Alert, Button, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../shared/accounts';
import { endOwnOfficerLink, fileOfficerRequest } from '../../api/accounts';
import { notify } from '../../components/notify';
import { ConfirmDialog } from '../twinnings/ConfirmDialog';
import { ApiRequestError } from '../../api/client';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AuthorityName } from './AuthorityName';
import { AuthorityPicker } from './AuthorityPicker';

const STATUS_COLOR = { pending: 'yellow', approved: 'teal', rejected: 'red' } as const;

/** The officer role: whom the user acts for, the state of their request, or the form to ask. */
export function OfficerSection({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { refresh } = useAuth();
  const [code, setCode] = useState<string | null>(null);
  const [position, setPosition] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [leaveError, setLeaveError] = useState<unknown>(null);
  const request = user.officerRequest;
  const profileLink = (c: string) => <AuthorityName code={c} />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!code) {
      setError(new ApiRequestError(400, 'bad_request', 'authorityCode', [{ path: 'authorityCode', message: '' }]));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await fileOfficerRequest({ authorityCode: code, position: position.trim() || undefined });
      await refresh();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  // Ending one's own link (or withdrawing a pending request) applies at once; the role follows.
  const leave = async () => {
    setBusy(true);
    setLeaveError(null);
    try {
      await endOwnOfficerLink();
      setLeaving(false);
      notify('teal', t('accounts.officer.left'));
      await refresh();
    } catch (err) {
      setLeaveError(err);
    } finally {
      setBusy(false);
    }
  };
  const pickerError =
    error instanceof ApiRequestError && (error.status === 404 || error.fields.some((f) => f.path.endsWith('authorityCode')))
      ? t('accounts.officer.pickAuthority')
      : undefined;
  const canAsk = user.authorityCode === null && request?.status !== 'pending' && user.role !== 'admin';

  return (
    <section aria-labelledby="officer-title">
      <Title order={2} size="h3" id="officer-title" mb="sm">{t('accounts.officer.title')}</Title>
      <Stack>
        {user.authorityCode && <Text>{t('accounts.officer.actsFor')} {profileLink(user.authorityCode)}</Text>}
        {request && !(request.status === 'approved' && user.authorityCode) && (
          <Alert color={STATUS_COLOR[request.status]} variant="light" title={t(`accounts.officer.status.${request.status}`)}>
            {t(`accounts.officer.statusBody.${request.status}`)} {profileLink(request.authorityCode)}
          </Alert>
        )}
        {(request?.status === 'pending' || request?.status === 'approved') && (
          <div>
            {/* Withdrawing a pending request loses nothing: no question asked. */}
            <Button variant="outline" color="red.9" loading={busy && !leaving} onClick={() => (request.status === 'pending' ? void leave() : setLeaving(true))}>
              {t(request.status === 'pending' ? 'accounts.officer.withdraw' : 'accounts.officer.leave')}
            </Button>
            {!leaving && leaveError !== null && <ErrorAlert error={leaveError} />}
            <ConfirmDialog opened={leaving} onClose={() => { setLeaving(false); setLeaveError(null); }} busy={busy} error={leaveError}
              title={t('accounts.officer.leaveTitle')} confirm={t('accounts.officer.leave')}
              lines={[t('accounts.officer.leaveLine1'), t('accounts.officer.leaveLine2'), t('accounts.officer.leaveLine3')]} onConfirm={() => void leave()} />
          </div>
        )}
        {user.role === 'admin' && <Text c="dimmed">{t('accounts.officer.adminNote')}</Text>}
        {canAsk && (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack maw={560}>
              <Text>{t('accounts.officer.intro')}</Text>
              <OfficerEvidence />
              {error !== null && !pickerError && <ErrorAlert error={error} />}
              <AuthorityPicker label={t('accounts.officer.authority')} value={code} onChange={setCode} error={pickerError} />
              <TextInput label={t('accounts.officer.position')} description={t('accounts.officer.positionHint')}
                value={position} onChange={(e) => setPosition(e.currentTarget.value)} maxLength={120} />
              <div><Button type="submit" loading={busy}>{t('accounts.officer.submit')}</Button></div>
            </Stack>
          </form>
        )}
      </Stack>
    </section>
  );
}

/** What the admin looks for before approving, so the requester can prepare it. */
function OfficerEvidence() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0" component="section" aria-labelledby="officer-evidence">
      <Text fw={600} id="officer-evidence" mb={4}>{t('accounts.officer.evidenceTitle')}</Text>
      <List size="sm" spacing={4}>
        <List.Item>{t('accounts.officer.evidence1')}</List.Item>
        <List.Item>{t('accounts.officer.evidence2')}</List.Item>
        <List.Item>{t('accounts.officer.evidence3')}</List.Item>
      </List>
      <Text size="sm" mt="xs">{t('accounts.officer.evidenceNote')}</Text>
    </Paper>
  );
}
