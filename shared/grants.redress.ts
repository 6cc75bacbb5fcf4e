import { toIstanbulLocal } from './istanbul';

/**
 * Redress for an applicant found ineligible: how long it has to ask the contracting authority for a
 * review of the decision. PRAG (2021.1, "Remedies") lets an applicant who believes it was harmed by
 * an error or irregularity in the award procedure complain to the contracting authority; it leaves
 * the period to the call. 30 calendar days from the decision is the platform's setting. Checked again
 * with the search tool: a PRAG figure could NOT be confirmed with the stored sources; the nearest
 * confirmed figure is the EU's redress review for directly managed grants, "within 30 days of
 * receiving the letter" (EU Funding & Tenders Portal Online Manual, "Complaints about proposal
 * rejection"; EACEA "Legal remedies", request for evaluation review), which is not PRAG. The
 * applicant is notified on the day of the decision, so the two counts start together here.
 */
export const REVIEW_REQUEST_DAYS = 30;

/**
 * The last day (YYYY-MM-DD, Istanbul calendar) on which a review may be asked for: the day of the
 * decision in Istanbul plus REVIEW_REQUEST_DAYS calendar days. '' for an unreadable instant.
 */
export function reviewRequestDeadline(decidedAt: string): string {
  const day = toIstanbulLocal(decidedAt).slice(0, 10);
  if (day === '') return '';
  return new Date(Date.parse(`${day}T00:00:00Z`) + REVIEW_REQUEST_DAYS * 86_400_000).toISOString().slice(0, 10);
}
