import type { Role, SessionUser } from '../../shared/accounts';

/** A signed-in user for pure policy tests (no database): a role and, for officers, the authority. */
export function asUser(role: Role, authorityCode: string | null = null): SessionUser {
  return { id: `${role}-${authorityCode ?? 'none'}`, email: `${role}@example.org`, name: role, role, locale: 'en', authorityCode, officerRequest: null };
}

/** The usual cast of a policy test: officers of two authorities, the staff roles and a citizen. */
export const cast = {
  istanbul: asUser('officer', 'TR-BSB-34'),
  koln: asUser('officer', 'DE_05315000'),
  other: asUser('officer', 'TR-BSB-06'),
  /** An officer whose request an admin has not approved yet: they act for no authority. */
  unlinked: asUser('officer'),
  admin: asUser('admin'),
  manager: asUser('programme_manager'),
  assessor: asUser('assessor'),
  citizen: asUser('public'),
};
