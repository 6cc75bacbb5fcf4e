import { z } from 'zod';

// The concept-note stage's API: the manager's shortlist step (see shared/grants.concept.ts for the rules).

/** How many concept notes to shortlist at most (the best at or above the pre-selection threshold). */
export const shortlistBody = z.object({ count: z.number().int().min(1).max(500) });
export type ShortlistBody = z.infer<typeof shortlistBody>;

export const shortlistItem = z.object({
  applicationId: z.string(),
  reference: z.string(),
  leadName: z.string(),
  total: z.number().int(),
  passed: z.boolean(),
  /** Passed and at or above the pre-selection threshold: may be shortlisted. */
  aboveThreshold: z.boolean(),
  /** null before the shortlist. */
  shortlisted: z.boolean().nullable(),
});

export const shortlistView = z.object({
  stage: z.enum(['concept', 'full']),
  threshold: z.number().int(),
  maxScore: z.number().int(),
  deadlineAt: z.string(),
  fullDeadlineAt: z.string(),
  /** Concept notes still under check or evaluation: the shortlist waits for them. */
  pending: z.number().int(),
  items: z.array(shortlistItem),
});
export type ShortlistView = z.infer<typeof shortlistView>;
