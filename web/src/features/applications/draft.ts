import type { ApplicationContent } from '../../../../shared/grants';

/** A field of the application's content (what autosave sends). */
export type ContentField = keyof ApplicationContent;

/**
 * Fields whose local value the server's content schema would refuse (an empty objective, an activity
 * without a title, months out of 1..60), with the key of the message. Autosave holds such a field
 * back, keeping the rest saving, until it is fixed.
 */
export function unsendable(c: ApplicationContent): Partial<Record<ContentField, string>> {
  const out: Partial<Record<ContentField, string>> = {};
  const month = (m: number) => Number.isInteger(m) && m >= 1 && m <= 60;
  if (c.objectives.some((o) => o.trim() === '')) out.objectives = 'emptyItem';
  if (c.expectedResults.some((o) => o.trim() === '')) out.expectedResults = 'emptyItem';
  if (c.activities.some((a) => a.title.trim() === '')) out.activities = 'activityTitle';
  else if (c.activities.some((a) => !month(a.startMonth) || !month(a.endMonth))) out.activities = 'months';
  if (c.indicators.some((i) => i.name.trim() === '')) out.indicators = 'indicatorName';
  else if (c.indicators.some((i) => !(i.baseline >= 0) || !(i.target >= 0))) out.indicators = 'indicatorFigures';
  if (c.durationMonths !== null && !month(c.durationMonths)) out.durationMonths = 'months';
  return out;
}

/** The part of the content autosave sends: the changed fields that the server would take. */
export function patchOf(c: ApplicationContent, changed: Iterable<ContentField>): Partial<ApplicationContent> {
  const held = unsendable(c);
  const out: Record<string, unknown> = {};
  for (const f of changed) if (!(f in held)) out[f] = c[f];
  return out as Partial<ApplicationContent>;
}

/** The later of two update stamps (answers may arrive out of order; a save needs the latest). */
export function laterStamp(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** Statuses whose content the lead edits: a draft, or a shortlisted concept note becoming its full application (mirrors the server). */
export const EDITABLE_STATUSES: ReadonlySet<string> = new Set(['draft', 'shortlisted']);

/** Who sees what: the lead's officers edit a draft; everyone else, and every later state, reads. */
export function canEdit(view: { viewerRole: string; status: string }): boolean {
  return view.viewerRole === 'lead' && EDITABLE_STATUSES.has(view.status);
}

/** Statuses from which the lead may still withdraw (mirrors the server). */
const WITHDRAWABLE = new Set(['draft', 'submitted', 'admin_check', 'evaluation', 'evaluated', 'shortlisted', 'reserve']);

/** The lead may withdraw before a decision. */
export function canWithdraw(view: { viewerRole: string; status: string }): boolean {
  return view.viewerRole === 'lead' && WITHDRAWABLE.has(view.status);
}
