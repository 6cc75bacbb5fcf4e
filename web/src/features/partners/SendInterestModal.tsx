import { Alert, Anchor, Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { listRequests, sendInterest } from '../../api/matching';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import type { PartnerRequest } from '../../../../shared/matching';

export interface InterestTarget {
  code: string;
  name: string;
  /** Answering this request (fixed); without it the sender may pick one of the target's open requests. */
  requestId?: string;
}

interface Props {
  target: InterestTarget | null;
  onClose: () => void;
  onSent?: () => void;
}

const MIN_MESSAGE = 10;

/** The first approach to another authority: a message and, optionally, the request it answers. */
export function SendInterestModal({ target, onClose, onSent }: Props) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const [requestId, setRequestId] = useState<string | null>(null);
  const [requests, setRequests] = useState<PartnerRequest[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [messageError, setMessageError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    setMessage('');
    setError(null);
    setMessageError(null);
    setRequestId(target?.requestId ?? null);
    setRequests([]);
    if (!target) return;
    const ctrl = new AbortController();
    listRequests({ authority: target.code, status: 'open', limit: 50 }, ctrl.signal).then((r) => setRequests(r.items), () => undefined);
    return () => ctrl.abort();
  }, [target]);

  const submit = async () => {
    if (!target) return;
    if (message.trim().length < MIN_MESSAGE) {
      setMessageError(t('validation.minChars', { field: t('validation.labels.message'), min: MIN_MESSAGE }));
      return;
    }
    setSending(true);
    setError(null);
    try {
      await sendInterest({ toCode: target.code, message: message.trim(), requestId: requestId ?? undefined });
      notify('teal', t('partners.interest.sent', { name: target.name }), t('partners.interest.sentTitle'));
      onSent?.();
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setSending(false);
    }
  };

  // Only a pending approach gets the inbox hint; any other refusal (e.g. the two already talk) says its own reason.
  const pending = error instanceof ApiRequestError && error.status === 409 && (error.reason === null || error.reason === 'interest_pending');
  return (
    <AppModal opened={target !== null} onClose={onClose} title={t('partners.interest.title', { name: target?.name ?? '' })}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">{t('partners.interest.intro')}</Text>
          {error !== null && !pending && <ErrorAlert error={error} />}
          {pending && (
            <Alert color="yellow" variant="light" role="alert" title={t('partners.interest.pendingTitle')}>
              {t('partners.interest.pending')}{' '}
              <Anchor component={Link} to="/partners/inbox" onClick={onClose} inherit>{t('partners.interest.openInbox')}</Anchor>
            </Alert>
          )}
          <Select label={t('partners.interest.request')} placeholder={t('partners.interest.noRequest')} clearable
            data={requests.map((r) => ({ value: r.id, label: r.title }))} value={requestId} onChange={setRequestId}
            disabled={Boolean(target?.requestId) || requests.length === 0}
            description={requests.length === 0 ? t('partners.interest.noOpenRequests') : undefined} />
          <Textarea label={t('partners.interest.message')} description={t('partners.interest.messageHint')} required
            autosize minRows={5} maxRows={14} maxLength={4000} value={message} error={messageError}
            onChange={(e) => { setMessage(e.currentTarget.value); setMessageError(null); }} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={sending}>{t('partners.interest.send')}</Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
