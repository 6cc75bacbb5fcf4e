import type { SessionUser } from '../../../shared/accounts';

/** An officer edits their own authority's profile only; admins edit any. */
export function canEditProfile(user: SessionUser | null, code: string): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  return user.role === 'officer' && user.authorityCode === code;
}
