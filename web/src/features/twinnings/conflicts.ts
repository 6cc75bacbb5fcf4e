import type { TFunction } from 'i18next';
import { ApiRequestError } from '../../api/client';
import { errorText } from '../../components/errors';

// The server's 409 reasons (twinnings.rules.ts and the lifecycle service) by a telling phrase.
const REASONS: [RegExp, string][] = [
  [/already have a twinning/i, 'exists'],
  [/cannot twin with itself/i, 'self'],
  [/cannot go from/i, 'notAllowed'],
  [/awaits approval/i, 'pendingFirst'],
  [/already approved/i, 'alreadyApproved'],
  [/no step awaiting approval/i, 'nothingPending'],
  [/no approval to withdraw/i, 'nothingToWithdraw'],
  [/has ended/i, 'ended'],
  [/only an accepted expression/i, 'notAccepted'],
];

/** The i18n key of a known 409 reason, else null. */
export function conflictKey(err: unknown): string | null {
  if (!(err instanceof ApiRequestError) || err.status !== 409) return null;
  const hit = REASONS.find(([re]) => re.test(err.message));
  return hit ? `twinnings.conflict.${hit[1]}` : null;
}

/** A translated sentence for an error of a twinning action: the 409's reason when known. */
export function twinningErrorText(err: unknown, t: TFunction): string {
  const key = conflictKey(err);
  return key ? t(key) : errorText(err, t);
}
