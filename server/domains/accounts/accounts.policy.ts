import type { SessionUser } from '../../../shared/accounts';

/** Only admins manage accounts, officer requests, the outbox and the audit log. */
export function canAdministerAccounts(user: SessionUser | null): boolean {
  return user?.role === 'admin';
}

/** Any signed-in user may ask to act for an authority; an admin decides. */
export function canAskToBeOfficer(user: SessionUser | null): boolean {
  return user !== null;
}
