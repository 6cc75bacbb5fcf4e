import type { SessionUser } from '../../../shared/accounts';
import type { Reader } from './comments.rules';

/** Admins and programme managers moderate comments on every page. */
export function canModerate(user: SessionUser | null): boolean {
  return user?.role === 'admin' || user?.role === 'programme_manager';
}

/** The reader as the comment rules see them. */
export function readerOf(user: SessionUser | null): Reader {
  return user ? { id: user.id, moderator: canModerate(user) } : null;
}
