import type { Refusal } from '../../../shared/errors';
import type { OfficerStatus, Role } from '../../../shared/accounts';

/** Sign-in failures are counted over this sliding window. */
export const SIGN_IN_WINDOW_MS = 60 * 60_000;
/** Sign-up and reset requests and their mails are counted per hour. */
export const REQUEST_WINDOW_MS = 60 * 60_000;
/** How long a password-reset link stays valid. */
export const RESET_TOKEN_TTL_MS = 60 * 60_000;
/** How long a sign-up link and a one-time sign-in link stay valid. */
export const SIGNUP_TOKEN_TTL_MS = 24 * 60 * 60_000;
export const SIGNIN_LINK_TTL_MS = 15 * 60_000;
/** The first wait of an address past its limit for one account; each further failure doubles it, up to the cap. */
const FIRST_DELAY_S = 30;
const MAX_DELAY_S = 15 * 60;

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Whether one key may try again: refused once `limit` failures lie inside the window, until
 * enough of them age out that fewer than `limit` remain.
 */
export function keyDecision(failures: readonly Date[], limit: number, now: Date, windowMs = SIGN_IN_WINDOW_MS): RateDecision {
  const since = now.getTime() - windowMs;
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > since)
    .sort((a, b) => b - a);
  if (recent.length < limit) return { allowed: true };
  // The limit-th newest failure is the one whose expiry brings the count back under the limit.
  const freedAt = (recent[limit - 1] ?? now.getTime()) + windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000)) };
}

/**
 * One address guessing one account's password: free up to `limit` failures, then it waits after each
 * further failure, 30 s doubling up to 15 minutes. Only that address waits, so a stranger slows
 * themselves down, never the owner signing in from elsewhere.
 */
export function pairDecision(failures: readonly Date[], limit: number, now: Date): RateDecision {
  if (failures.length < limit) return { allowed: true };
  const newest = Math.max(...failures.map((d) => d.getTime()));
  const delayS = Math.min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (failures.length - limit));
  const wait = Math.ceil((newest + delayS * 1000 - now.getTime()) / 1000);
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

/** A right password still needs a mailed one-time link when the account drew this many failures from all addresses. */
export function needsMailedLink(accountFailures: number, limit: number): boolean {
  return accountFailures >= limit;
}

/** The throttle keys of one sign-in attempt: the account and address together, the account, the address. */
export function signInKeys(email: string, ip: string): { pair: string; account: string; address: string } {
  const e = email.toLowerCase();
  return { pair: `signin:${e}|${ip}`, account: `signin:${e}`, address: `signin-ip:${ip}` };
}

/** The throttle key that counts one email's failed sign-ins, whatever its case. */
export function emailAttemptKey(email: string): string {
  return signInKeys(email, '').account;
}

/** Throttle keys of sign-up and reset: requests per address, mails per email. */
export function requestKeys(email: string, ip: string): { address: string; mail: string } {
  return { address: `request-ip:${ip}`, mail: `mail:${email.toLowerCase()}` };
}

/** When a reset token issued now stops working. */
export function resetExpiry(now: Date): Date {
  return new Date(now.getTime() + RESET_TOKEN_TTL_MS);
}

export type ResetTokenState = 'ok' | 'unknown' | 'used' | 'expired';

/** Whether a stored reset token may still set a password: single use, and only before it expires. */
export function resetTokenState(row: { expiresAt: Date; usedAt: Date | null } | undefined, now: Date): ResetTokenState {
  if (!row) return 'unknown';
  if (row.usedAt) return 'used';
  return row.expiresAt.getTime() > now.getTime() ? 'ok' : 'expired';
}

/** Approving an officer request makes a plain user an officer; staff roles keep their rights. */
export function roleAfterApproval(role: Role): Role {
  return role === 'public' ? 'officer' : role;
}

/**
 * The authority a user acts for right now: only an officer, and only through an approved link. A link
 * outlives a role change (an admin may restore the role), the right to act for the authority does not.
 */
export function actingAuthority(role: Role, link: { authorityCode: string; status: string } | null): string | null {
  return role === 'officer' && link?.status === 'approved' ? link.authorityCode : null;
}

/** An officer whose link ends has nothing left to act for: they become a plain user; other roles stay. */
export function roleAfterRevocation(role: Role): Role {
  return role === 'officer' ? 'public' : role;
}

/** Why an admin may not disable an account, or null: not their own (the platform keeps the admin who could undo it). */
export function disableRefusal(actorId: string, targetId: string): Refusal | null {
  return actorId === targetId ? { code: 'own_account_disabled', message: 'You cannot disable your own account' } : null;
}

/** A user may ask again only when they have no request or their last one was rejected. */
export function canFileOfficerRequest(existing: OfficerStatus | null): boolean {
  return existing === null || existing === 'rejected';
}

/** Only a pending request can be decided; a decision is final. */
export function canDecideOfficerRequest(status: OfficerStatus): boolean {
  return status === 'pending';
}

/**
 * Why a role change is refused, or null when it may go ahead. Admins cannot drop their own
 * admin role, so the platform is never left without the admin who could undo a mistake.
 */
export function roleChangeRefusal(actorId: string, targetId: string, from: Role, to: Role): Refusal | null {
  if (actorId === targetId && from === 'admin' && to !== 'admin') return { code: 'own_admin_role', message: 'You cannot remove your own admin role' };
  return null;
}

/** A LIKE pattern that matches `q` literally anywhere in the text. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
