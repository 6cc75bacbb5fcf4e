import { Anchor, Button } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../auth/context';
import { managesGrants } from '../grants/labels';
import { assesses, leadsAward } from './roles';

/** On a call page: the evaluation, for programme managers once the call is published. */
export function CallEvaluationLink({ callId, status }: { callId: string; status: string }) {
  const { t } = useTranslation();
  if (!managesGrants(useAuth().user) || status === 'draft') return null;
  return <Button component={Link} to={`/grants/calls/${callId}/evaluation`} variant="light" size="xs" leftSection={<IconClipboardList size={16} aria-hidden />}>{t('evaluation.call.heading')}</Button>;
}

/** On a project page: the award (contract, payments, reports), for managers and the lead authority's officers. */
export function AwardLink({ awardId, leadCode }: { awardId: string; leadCode: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (!managesGrants(user) && !leadsAward(user, leadCode)) return null;
  return <Anchor component={Link} to={`/grants/awards/${awardId}`} size="sm">{t('evaluation.award.open')}</Anchor>;
}

/** On the grants page: an assessor's assignments. */
export function AssessmentsLink() {
  const { t } = useTranslation();
  if (!assesses(useAuth().user)) return null;
  return <Button component={Link} to="/grants/assessments" variant="light" leftSection={<IconClipboardList size={18} aria-hidden />}>{t('evaluation.mine.title')}</Button>;
}
