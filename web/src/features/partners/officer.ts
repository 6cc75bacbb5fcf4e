import type { SessionUser } from '../../../../shared/accounts';

/** The authority a user acts for (officers only; mirrors the server's actsFor), else null. */
export function ownAuthority(user: SessionUser | null): string | null {
  return user?.role === 'officer' && user.authorityCode ? user.authorityCode : null;
}

/** True when the user may approach `code` for their own authority (an officer of another one). */
export function canApproach(user: SessionUser | null, code: string): boolean {
  const own = ownAuthority(user);
  return own !== null && own !== code;
}

/** Relative strength 0..1 of a score among the shown scores (scores are unbounded log-linear sums). */
export function relativeScore(score: number, scores: number[]): number {
  const hi = Math.max(...scores);
  const lo = Math.min(0, ...scores);
  return hi > lo ? (score - lo) / (hi - lo) : 1;
}

/** The word for a relative score. */
export function strengthKey(rel: number): 'strong' | 'good' | 'possible' {
  return rel >= 0.85 ? 'strong' : rel >= 0.6 ? 'good' : 'possible';
}
