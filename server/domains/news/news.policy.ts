import type { SessionUser } from '../../../shared/accounts';

/** Programme managers and admins write, edit and publish news; officers, assessors and citizens read it. */
export function canWriteNews(user: SessionUser | null): boolean {
  return user?.role === 'admin' || user?.role === 'programme_manager';
}
