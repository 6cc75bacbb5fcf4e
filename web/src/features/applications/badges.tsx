import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../../../shared/grants';
import type { ApplicationPartnerView } from '../../../../shared/grants.applications';

// Light badges in colours whose text keeps 4.5:1 (theme.ts darkens these tints' text).
const STATUS_COLORS: Record<ApplicationStatus, string> = {
  draft: 'gray', submitted: 'bridge', admin_check: 'yellow', ineligible: 'red', evaluation: 'bridge', evaluated: 'bridge',
  shortlisted: 'teal', awarded: 'teal', reserve: 'yellow', rejected: 'red', withdrawn: 'gray', declined: 'gray',
};

/** An application's state as a badge. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={STATUS_COLORS[status]}>{t(`grants.applicationStatus.${status}`)}</Badge>;
}

const PARTNER_COLORS: Record<ApplicationPartnerView['state'], string> = { pending: 'yellow', confirmed: 'teal', declined: 'red' };

/** Whether a partner authority confirmed its participation, as a badge. */
export function PartnerStateBadge({ state }: { state: ApplicationPartnerView['state'] }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={PARTNER_COLORS[state]}>{t(`applications.partnerState.${state}`)}</Badge>;
}
