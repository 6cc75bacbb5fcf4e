import type { TFunction } from 'i18next';
import { NOTIFICATION_KINDS } from '../../../shared/notifications';
import { TWINNING_STATUSES } from '../../../shared/twinningStatuses';
import type { Notification } from '../api/matching';

const KNOWN: readonly string[] = NOTIFICATION_KINDS;
const STAGES: readonly string[] = TWINNING_STATUSES;

/** A twinning stage in words; an unknown value reads as itself rather than as a key. */
function stage(t: TFunction, value: string | undefined): string {
  return value && STAGES.includes(value) ? t(`twinnings.status.${value}`) : (value ?? '');
}

/** What a notification says in the bell, in the current language; a kind this build does not know reads as "news". */
export function notificationText(t: TFunction, n: Pick<Notification, 'kind' | 'payload'>): string {
  const kind = KNOWN.includes(n.kind) ? n.kind : 'other';
  return t(`notifications.kind.${kind}`, { name: n.payload.title ?? '', from: stage(t, n.payload.from), to: stage(t, n.payload.to) });
}
