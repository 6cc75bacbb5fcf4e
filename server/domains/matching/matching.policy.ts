import type { SessionUser } from '../../../shared/accounts';

/** An officer acts for their own authority only. */
export function actsFor(user: SessionUser | null, code: string): boolean {
  return user?.role === 'officer' && user.authorityCode === code;
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
