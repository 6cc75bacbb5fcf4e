import type { SessionUser } from '../../../../shared/accounts';

/** Officers of an authority, programme managers and admins propose entries (the server's rule). */
export function mayPropose(user: SessionUser | null): boolean {
  return !!user && (mayReview(user) || (user.role === 'officer' && !!user.authorityCode));
}

/** Programme managers and admins publish or reject proposals. */
export function mayReview(user: SessionUser | null): boolean {
  return user?.role === 'admin' || user?.role === 'programme_manager';
}

/** One language's text, or the other's when it is empty. */
export function inLang(lang: string, tr: string, en: string): string {
  return lang.startsWith('tr') ? tr || en : en || tr;
}
