import type { SessionUser } from '../../../shared/accounts';

/** What a consultation's rights depend on: its audience, whom it invites and who organised it. */
export interface ConsultationAccess {
  audience: 'public' | 'signed_in' | 'invited';
  invitedAuthorities: readonly string[];
  organiserId: string;
}

/** What a new consultation is linked to, with the authorities that own it (both sides of a twinning, a project's lead and partners). */
export interface OrganisedFor {
  kind: 'twinning' | 'project' | 'call' | 'request';
  authorities: readonly string[];
}

/** Programme managers and admins act for the programme, on any consultation. */
function isStaff(user: SessionUser | null): boolean {
  return user?.role === 'admin' || user?.role === 'programme_manager';
}

function officerCode(user: SessionUser | null): string | null {
  return user?.role === 'officer' && user.authorityCode ? user.authorityCode : null;
}

/**
 * Programme staff open any consultation; an officer one for their own authority (no link), or on a
 * twinning, project or partner request their authority is part of. Calls belong to the programme.
 */
export function canOrganise(user: SessionUser | null, link: OrganisedFor | null): boolean {
  if (isStaff(user)) return true;
  const code = officerCode(user);
  if (!code) return false;
  if (!link) return true;
  return link.kind !== 'call' && link.authorities.includes(code);
}

/** Public: anyone; signed-in: any account; invited: officers of an invited authority, the organiser and staff. */
export function canRead(user: SessionUser | null, c: ConsultationAccess): boolean {
  if (c.audience === 'public') return true;
  if (!user) return false;
  if (c.audience === 'signed_in') return true;
  const code = officerCode(user);
  return isStaff(user) || user.id === c.organiserId || (code !== null && c.invitedAuthorities.includes(code));
}

/** Whoever may read it and is signed in may answer (whether it is open is a state, checked apart). */
export function canAnswer(user: SessionUser | null, c: ConsultationAccess): boolean {
  return user !== null && canRead(user, c);
}

/** The organiser and programme staff publish the decision (once closed, checked apart). */
export function canPublishDecision(user: SessionUser | null, c: ConsultationAccess): boolean {
  return isStaff(user) || (user !== null && user.id === c.organiserId);
}

/** The organiser and programme staff accept or reject the statements respondents add. */
export function canModerateStatements(user: SessionUser | null, c: ConsultationAccess): boolean {
  return canPublishDecision(user, c);
}
