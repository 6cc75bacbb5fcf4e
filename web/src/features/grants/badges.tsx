import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CallStatus } from '../../../../shared/grants';

// Light badges keep 4.5:1 text (theme.ts darkens the tints' text).
const CALL_COLORS: Record<CallStatus, string> = { draft: 'gray', published: 'teal', closed: 'yellow', evaluation: 'bridge', awarded: 'bridge' };

/** A call's state as a badge. */
export function CallStatusBadge({ status }: { status: CallStatus }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={CALL_COLORS[status]}>{t(`grants.callStatus.${status}`)}</Badge>;
}

/** Marks invented demonstration data, so no one takes it for real figures. */
export function DemoBadge() {
  const { t } = useTranslation();
  return <Badge variant="light" color="yellow" title={t('grants.demoHint')}>{t('grants.demo')}</Badge>;
}

/** An awarded project's state as a badge. */
export function ProjectStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={status === 'closed' ? 'gray' : 'teal'}>{t(`grants.projectStatus.${status}`, { defaultValue: status })}</Badge>;
}
