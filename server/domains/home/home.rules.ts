import { HOME_SECTION_LIMIT, type HomeItem, type HomeSection, type HomeSectionKey } from '../../../shared/home';
import type { Role } from '../../../shared/accounts';

/** An item with the fields it does not use left null. */
export function item(fields: Pick<HomeItem, 'id' | 'link' | 'title'> & Partial<HomeItem>): HomeItem {
  return { titleTr: null, status: null, due: null, unread: null, waits: null, shortlist: null, ...fields };
}

/**
 * How many concept notes of a closed two-stage call in its concept stage wait for the shortlist, from
 * its applications by status: the evaluated ones, once none is left in the check or evaluation (the
 * shortlist is refused until then); null when there is nothing to shortlist.
 */
export function shortlistWaiting(byStatus: Readonly<Record<string, number>>, undecided: readonly string[]): number | null {
  const pending = undecided.reduce((n, s) => n + (byStatus[s] ?? 0), 0);
  const evaluated = byStatus.evaluated ?? 0;
  return pending === 0 && evaluated > 0 ? evaluated : null;
}

/** A section of the first items (already most urgent first), with the total and the full list's page. */
export function section(key: HomeSectionKey, items: readonly HomeItem[], more: string, total = items.length): HomeSection {
  return { key, items: items.slice(0, HOME_SECTION_LIMIT), total, more };
}

/** Which sections a user gets, in order: the authority's work first, then the role's. */
export function sectionsFor(role: Role, actsForAuthority: boolean): HomeSectionKey[] {
  const keys: HomeSectionKey[] = [];
  if (role === 'admin') keys.push('officerRequests', 'failedMail');
  if (actsForAuthority) keys.push('approvals', 'approaches', 'conversations', 'applications', 'requests');
  if (role === 'assessor') keys.push('assessments');
  if (role === 'programme_manager' || role === 'admin') keys.push('calls', 'reports');
  return keys;
}
