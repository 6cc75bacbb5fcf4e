import { describe, expect, it } from 'vitest';
import { adminCheckOutcome } from '../../../../shared/grants.eligibility.rules';
import { ADMIN_CHECKS } from '../../../../shared/grants';
import { answerOf, checkable, needsReasons, outcomeOf, withAnswer, type Answers } from './adminCheck';

const allYes: Answers = Object.fromEntries(ADMIN_CHECKS.map((c) => [c, true]));

describe('administrative check', () => {
  it('turns radio answers into the API’s true / false / null', () => {
    const a = withAnswer(withAnswer({}, 'lead_eligible', 'yes'), 'partners_eligible', 'no');
    expect(a).toEqual({ lead_eligible: true, partners_eligible: false });
    expect(answerOf(a, 'lead_eligible')).toBe('yes');
    expect(answerOf(a, 'partners_eligible')).toBe('no');
    expect(answerOf(withAnswer(a, 'lead_eligible', 'unanswered'), 'lead_eligible')).toBe('unanswered');
  });

  it('gives the outcome the server gives: evaluation, ineligible, or in progress', () => {
    const cases: Answers[] = [allYes, { ...allYes, documents_complete: false }, { ...allYes, signed_declaration: null }, { lead_eligible: false }];
    for (const answers of cases) {
      const server = adminCheckOutcome(answers);
      const expected = !server.complete ? 'in_progress' : server.eligible ? 'evaluation' : 'ineligible';
      expect(outcomeOf(answers)).toEqual({ outcome: expected, failed: server.failed, unanswered: server.unanswered });
    }
  });

  it('asks for reasons before an ineligible outcome is sent', () => {
    expect(needsReasons({ ...allYes, documents_complete: false }, ' ')).toBe(true);
    expect(needsReasons({ ...allYes, documents_complete: false }, 'No statutes.')).toBe(false);
    expect(needsReasons({ documents_complete: false }, '')).toBe(false);
    expect(checkable('submitted') && checkable('admin_check') && !checkable('evaluation')).toBe(true);
  });
});
