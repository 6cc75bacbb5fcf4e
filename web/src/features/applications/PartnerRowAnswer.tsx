import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getApplication, type ApplicationSummary } from '../../api/applications';
import { useAuth } from '../../auth/context';
import { ownAuthority } from '../partners/officer';
import { useLoad } from '../partners/useLoad';
import { PartnerStateBadge } from './badges';
import { PartnerAnswer } from './PartnerAnswer';
import { EDITABLE_STATUSES } from './draft';

/**
 * In the list, a partner's own state and, while the application is a draft, Confirm / Decline.
 * The list rows do not carry the partners, so the row reads its application.
 */
export function PartnerRowAnswer({ app }: { app: ApplicationSummary }) {
  const { t } = useTranslation();
  const own = ownAuthority(useAuth().user);
  const view = useLoad((signal) => getApplication(app.id, signal), `${app.id}|${app.updatedAt}`);
  const mine = view.data?.partners.find((p) => p.code === own);
  if (!mine) return view.loading ? <Text size="sm" c="dimmed">{t('common.loading')}</Text> : null;
  if (!EDITABLE_STATUSES.has(view.data!.status)) return <PartnerStateBadge state={mine.state} />;
  return <PartnerAnswer applicationId={app.id} mine={mine} reference={app.reference} onAnswered={view.setData} />;
}
