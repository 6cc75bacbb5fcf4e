import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignmentStatus } from '../../../../shared/grants.review';

const STATUS_COLORS: Record<AssignmentStatus, string> = { assigned: 'yellow', declared: 'bridge', conflicted: 'gray', submitted: 'teal' };
const OUTCOME_COLORS: Record<string, string> = { awarded: 'teal', reserve: 'yellow', rejected: 'gray', excluded: 'red' };

/** An assignment's state as a badge. */
export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={STATUS_COLORS[status]}>{t(`evaluation.status.${status}`)}</Badge>;
}

/** Marks a further assessor's sheet (called in on divergent scores). */
export function FurtherBadge() {
  const { t } = useTranslation();
  return <Badge variant="outline" color="grape.9">{t('evaluation.further')}</Badge>;
}

/** A ranked application's outcome as a badge. */
export function OutcomeBadge({ outcome }: { outcome: string }) {
  const { t } = useTranslation();
  return <Badge variant="light" color={OUTCOME_COLORS[outcome] ?? 'gray'}>{t(`evaluation.outcome.${outcome}`)}</Badge>;
}
