import type { SessionUser } from '../../../shared/accounts';

/** What an event's rights depend on: who created it and for which authority. */
export interface EventAccess {
  organiserId: string;
  organiserAuthority: string | null;
}

/** Programme managers and admins act for the programme, on any event. */
export function isStaff(user: SessionUser | null): boolean {
  return user?.role === 'admin' || user?.role === 'programme_manager';
}

function officerCode(user: SessionUser | null): string | null {
  return user?.role === 'officer' && user.authorityCode ? user.authorityCode : null;
}

/**
 * Programme staff publish events for the programme or any authority; an officer only for their own
 * authority (null means their own). Everyone else: nobody.
 */
export function canPublish(user: SessionUser | null, organiserAuthority: string | null): boolean {
  if (isStaff(user)) return true;
  const code = officerCode(user);
  return code !== null && (organiserAuthority === null || organiserAuthority === code);
}

/** The organiser, officers of the organising authority and programme staff edit it, see participants and mark attendance. */
export function canManage(user: SessionUser | null, e: EventAccess): boolean {
  if (!user) return false;
  if (isStaff(user) || user.id === e.organiserId) return true;
  const code = officerCode(user);
  return code !== null && code === e.organiserAuthority;
}
