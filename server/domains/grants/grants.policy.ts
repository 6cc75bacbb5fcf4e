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

/** Officers and the secretariat list applications (officers: those their authority takes part in). */
export function canListApplications(user: SessionUser | null): boolean {
  return officerAuthority(user) !== null || managesGrants(user);
}

/** How a reader relates to an application: its lead's officers, its partners' officers or the secretariat. */
export type ViewerRole = 'lead' | 'partner' | 'manager';

/**
 * The viewer's relation to an application, or null when they may not read it (a 404, so its existence
 * is not revealed). Assessors read applications only through the evaluation.
 */
export function viewerRole(user: SessionUser | null, app: { leadCode: string }, partners: readonly { authorityCode: string }[]): ViewerRole | null {
  const own = officerAuthority(user);
  if (own && own === app.leadCode) return 'lead';
  if (own && partners.some((p) => p.authorityCode === own)) return 'partner';
  return managesGrants(user) ? 'manager' : null;
}

/** Only the lead's officers change an application (its content, partners, files, submission, withdrawal). */
export function canChangeApplication(role: ViewerRole | null): boolean {
  return role === 'lead';
}

/** The partner row an officer answers for (confirm or decline taking part), or undefined: only a partner's officers answer. */
export function ownPartnerRow<P extends { authorityCode: string }>(user: SessionUser | null, partners: readonly P[]): P | undefined {
  const own = officerAuthority(user);
  return own ? partners.find((p) => p.authorityCode === own) : undefined;
}

/** Only the lead authority's officers report on a running contract. */
export function canReportOn(user: SessionUser | null, leadCode: string): boolean {
  return officerAuthority(user) === leadCode;
}

/** Before an award is looked up: only officers and programme managers may decline or withdraw one at all. */
export function mayDeclineAwards(user: SessionUser | null): boolean {
  return managesGrants(user) || officerAuthority(user) !== null;
}

/** An award is declined or withdrawn by its lead authority's officers, or by a programme manager on their behalf. */
export function canDeclineAward(user: SessionUser | null, leadCode: string): boolean {
  return managesGrants(user) || officerAuthority(user) === leadCode;
}

/**
 * Four eyes on the award: a programme manager confirms it only when someone else proposed it and
 * they did not evaluate in the call (as an assessor or a voting member). Says why not, for the 403.
 */
export function mayConfirmAward(user: SessionUser | null, proposerId: string, evaluators: ReadonlySet<string>): 'yes' | 'role' | 'proposer' | 'evaluator' {
  if (!user || !managesGrants(user)) return 'role';
  if (user.id === proposerId) return 'proposer';
  return evaluators.has(user.id) ? 'evaluator' : 'yes';
}

/** The evaluation report is approved by the committee's chair, or by a programme manager who is not its secretary. */
export function mayApproveReport(user: SessionUser | null, committee: { chairId: string | null; secretaryId: string | null }): boolean {
  if (!user) return false;
  if (user.id === committee.chairId) return true;
  return managesGrants(user) && user.id !== committee.secretaryId;
}
