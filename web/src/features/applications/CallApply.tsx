import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../api/grants';
import { listApplications } from '../../api/applications';
import { getAuthority } from '../../api/authorities';
import { useAuth } from '../../auth/context';
import { ownAuthority } from '../partners/officer';
import { useLoad } from '../partners/useLoad';
import { ApplyButton } from './ApplyButton';

/**
 * The applicant's corner of a call page: for an officer whose authority may lead under the call,
 * "Apply" while it is open, or a link to the application it already has. Nothing for anyone else.
 */
export function CallApply({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const own = ownAuthority(user);
  const key = `${call.id}|${own ?? ''}|${call.open}`;
  const info = useLoad(
    own && call.open
      ? async (signal) => {
          const [authority, mine] = await Promise.all([getAuthority(own, signal), listApplications({ call: call.id }, signal)]);
          const existing = mine.items.find((a) => a.viewerRole === 'lead' && a.status !== 'withdrawn') ?? null;
          const eligible = call.rules.leadTypes.includes(authority.type) && call.rules.leadCountries.includes(authority.country);
          return { eligible, existingId: existing?.id ?? null };
        }
      : null,
    key,
  );
  if (!own || !call.open || !info.data || (!info.data.eligible && !info.data.existingId)) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="call-apply">
      <Stack gap="xs" align="flex-start">
        <Text fw={700} id="call-apply">{t('applications.apply.title')}</Text>
        <Text size="sm">{t(info.data.existingId ? 'applications.apply.haveOne' : 'applications.apply.hint')}</Text>
        <ApplyButton callId={call.id} existingId={info.data.existingId} />
      </Stack>
    </Paper>
  );
}
