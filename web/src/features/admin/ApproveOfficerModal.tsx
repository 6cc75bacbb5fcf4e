import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfficerRequest } from '../../../../shared/accounts';
import { AppModal } from '../../components/AppModal';

interface Props {
  request: OfficerRequest | null;
  busy: boolean;
  onCancel: () => void;
  onApprove: (request: OfficerRequest) => void;
}

/** Approving an officer cannot be undone here: say what the person may then do for the authority, and who is told. */
export function ApproveOfficerModal({ request, busy, onCancel, onApprove }: Props) {
  const { t } = useTranslation();
  const vars = request ? { name: request.userName, email: request.userEmail, authority: request.authorityName ?? request.authorityCode } : { name: '', email: '', authority: '' };
  return (
    <AppModal opened={request !== null} onClose={onCancel} title={t('admin.requests.confirmTitle', vars)}>
      <Stack>
        <Text>{t('admin.requests.confirmBody', vars)}</Text>
        <Text>{t('admin.requests.confirmTold', vars)}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy}>{t('common.cancel')}</Button>
          <Button color="teal.9" loading={busy} onClick={() => request && onApprove(request)}>{t('admin.requests.confirmApprove', vars)}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
