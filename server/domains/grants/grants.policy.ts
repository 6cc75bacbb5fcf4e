import type { SessionUser } from '../../../shared/accounts';

/** Programme managers (and admins) run programmes, calls, checks, evaluation rounds, awards and payments. */
export function managesGrants(user: SessionUser | null): boolean {
  return user?.role === 'programme_manager' || user?.role === 'admin';
}

/** The authority an officer acts for, or null: applications are made and confirmed on its behalf. */
export function officerAuthority(user: SessionUser | null): string | null {
  return user?.role === 'officer' && user.authorityCode ? user.authorityCode : null;
}

/** Assessors score what they are assigned to; nothing else of the evaluation. */
export function isAssessor(user: SessionUser | null): boolean {
  return user?.role === 'assessor';
}
