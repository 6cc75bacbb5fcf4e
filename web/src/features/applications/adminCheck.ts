import { ADMIN_CHECKS, type AdminCheck } from '../../../../shared/grants';

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

/** The outcome saving these answers gives (mirrors the server): a complete check with a no is ineligible. */
export function outcomeOf(answers: Answers): { outcome: CheckOutcome; failed: AdminCheck[]; unanswered: AdminCheck[] } {
  const failed = ADMIN_CHECKS.filter((k) => answers[k] === false);
  const unanswered = ADMIN_CHECKS.filter((k) => answers[k] !== true && answers[k] !== false);
  const outcome = unanswered.length > 0 ? 'in_progress' : failed.length > 0 ? 'ineligible' : 'evaluation';
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
