import type { SessionUser } from '../../../shared/accounts';

/** An officer acts for their own authority only. */
export function actsFor(user: SessionUser | null, code: string): boolean {
  return user?.role === 'officer' && user.authorityCode === code;
}

/** The authority an officer acts for, or null: only officers publish requests and send approaches, for their own. */
export function ownAuthority(user: SessionUser | null): string | null {
  return user?.role === 'officer' && user.authorityCode ? user.authorityCode : null;
}

/** An authority's officers see its recommendations without the candidates they hid, and hide or show them again. */
export function canManageHiddenCandidates(user: SessionUser | null, code: string): boolean {
  return actsFor(user, code);
}

/**
 * Requests are published and edited by the authority's officers; admins may close or reopen any
 * (moderation) but not put words in an authority's mouth.
 */
export function canEditRequest(user: SessionUser | null, authorityCode: string, changes: readonly string[] = ['status']): boolean {
  return actsFor(user, authorityCode) || (user?.role === 'admin' && changes.every((k) => k === 'status'));
}

/** A conversation is read by the two authorities' officers and by admins, nobody else. */
export function canReadConversation(user: SessionUser | null, a: string, b: string): boolean {
  return user?.role === 'admin' || actsFor(user, a) || actsFor(user, b);
}

/** Only the two sides' officers write in a conversation (admins read, they do not speak for a side). */
export function canWriteConversation(user: SessionUser | null, a: string, b: string): boolean {
  return actsFor(user, a) || actsFor(user, b);
}

/** Admins list every approach and conversation (moderation); everyone else those of their authority. */
export function seesEveryExchange(user: SessionUser | null): boolean {
  return user?.role === 'admin';
}

/** The sides of an expression of interest: who approached (from) and who was approached (to). */
export interface InterestSides {
  fromCode: string;
  toCode: string;
}

/** An expression of interest is seen by the two sides' officers; for anyone else it does not exist (404). */
export function canSeeInterest(user: SessionUser | null, eoi: InterestSides): boolean {
  return actsFor(user, eoi.fromCode) || actsFor(user, eoi.toCode);
}

/** Only the approached authority's officers accept or decline an expression of interest. */
export function canAnswerInterest(user: SessionUser | null, eoi: InterestSides): boolean {
  return actsFor(user, eoi.toCode);
}

/** Only the approaching authority's officers withdraw an expression of interest. */
export function canWithdrawInterest(user: SessionUser | null, eoi: InterestSides): boolean {
  return actsFor(user, eoi.fromCode);
}
