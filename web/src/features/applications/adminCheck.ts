import type { AdminCheck } from '../../../../shared/grants';
import { adminCheckOutcome } from '../../../../shared/grants.eligibility.rules';

export type Answer = 'yes' | 'no' | 'unanswered';
export type Answers = Partial<Record<AdminCheck, boolean | null>>;

/** Where the check leaves the application, as the server decides it: evaluation, ineligible, or still in progress. */
export type CheckOutcome = 'evaluation' | 'ineligible' | 'in_progress';

/** The answer of one item as the form's radio value. */
export function answerOf(answers: Answers, check: AdminCheck): Answer {
  const a = answers[check];
  return a === true ? 'yes' : a === false ? 'no' : 'unanswered';
}

/** The answers with one item changed. */
export function withAnswer(answers: Answers, check: AdminCheck, answer: Answer): Answers {
  return { ...answers, [check]: answer === 'yes' ? true : answer === 'no' ? false : null };
}

/** The outcome saving these answers gives, by the server's own rule: a complete check with a no is ineligible. */
export function outcomeOf(answers: Answers): { outcome: CheckOutcome; failed: AdminCheck[]; unanswered: AdminCheck[] } {
  const { complete, eligible, failed, unanswered } = adminCheckOutcome(answers);
  const outcome = !complete ? 'in_progress' : eligible ? 'evaluation' : 'ineligible';
  return { outcome, failed, unanswered };
}

/** The server refuses an ineligible outcome without reasons; say so before sending. */
export function needsReasons(answers: Answers, reasons: string): boolean {
  return outcomeOf(answers).outcome === 'ineligible' && reasons.trim() === '';
}

/** Statuses in which the secretariat records the check. */
export function checkable(status: string): boolean {
  return status === 'submitted' || status === 'admin_check';
}
