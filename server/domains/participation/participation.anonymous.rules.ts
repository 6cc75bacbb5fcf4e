import { createHmac } from 'node:crypto';
import { CONFIRMATION_HOURS } from '../../../shared/participation.anonymous';

/*
 * Anonymous answers to public consultations (issue 13, "Who answers"): pure rules for the mailed
 * one-time link and for recognising one address however it is written, so that an address answers
 * once per consultation while only a keyed hash of it is ever stored.
 */

/** Links for one address and consultation that may wait at once; past it a request mails nothing (and says so to nobody). */
export const OPEN_LINKS_PER_ADDRESS = 3;
/** Days a settled link is remembered (to say "already used" or "expired") before it is forgotten. */
export const SETTLED_KEEP_DAYS = 30;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** When a link mailed now stops working. */
export function confirmationExpiry(now: Date): Date {
  return new Date(now.getTime() + CONFIRMATION_HOURS * HOUR);
}

/** Settled links older than this are deleted for good. */
export function forgetSettledBefore(now: Date): Date {
  return new Date(now.getTime() - SETTLED_KEEP_DAYS * DAY);
}

/** What a settled link answers on a later use: its stable conflict code. */
export type SettledAs = 'confirmation_used' | 'confirmation_expired' | 'already_responded' | 'consultation_closed';
export type ConfirmationState = 'unknown' | 'pending' | SettledAs;

/** A stored link's state at `now`: unknown, pending (usable), expired, or settled as it was. */
export function confirmationState(row: { expiresAt: Date; settled: string | null } | undefined, now: Date): ConfirmationState {
  if (!row) return 'unknown';
  if (row.settled) return row.settled as SettledAs;
  return row.expiresAt.getTime() > now.getTime() ? 'pending' : 'confirmation_expired';
}

/** Whether another link may be mailed while `open` links of the same address wait for this consultation. */
export function mayMailLink(open: number): boolean {
  return open < OPEN_LINKS_PER_ADDRESS;
}

// Providers that ignore dots in the local part, and their aliases.
const DOTLESS: Record<string, string> = { 'gmail.com': 'gmail.com', 'googlemail.com': 'gmail.com' };

/**
 * One mailbox, one form: trimmed, Unicode-normalised and lower-cased, without a "+tag" (which the
 * common providers deliver to the same mailbox), and without dots where the provider ignores them.
 * Two spellings of one mailbox then count as one respondent.
 */
export function normaliseAddress(email: string): string {
  const clean = email.normalize('NFKC').trim().toLowerCase();
  const at = clean.lastIndexOf('@');
  if (at < 1) return clean;
  let local = clean.slice(0, at);
  let domain = clean.slice(at + 1).replace(/\.$/, '');
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (domain in DOTLESS) {
    domain = DOTLESS[domain]!;
    local = local.replaceAll('.', '');
  }
  return `${local}@${domain}`;
}

/** The keyed hash (HMAC-SHA256) of the normalised address: equal for one mailbox, useless without the key. */
export function addressHash(key: string, email: string): string {
  return createHmac('sha256', key).update(normaliseAddress(email)).digest('hex');
}
