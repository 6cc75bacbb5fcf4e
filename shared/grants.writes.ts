import { z } from 'zod';
import { callRules } from './grants';
import { callSummary, programmeSummary, projectView } from './grants.api';

// What a programme manager sends to open programmes and calls, and the lists the grant routes answer with.

const text = (max: number) => z.string().trim().min(1).max(max);

export const programmeBody = z.object({
  code: z.string().regex(/^[A-Z0-9-]{2,30}$/, 'capital letters, digits and -'),
  titleEn: text(300),
  titleTr: text(300),
  descriptionEn: z.string().trim().max(5000).default(''),
  descriptionTr: z.string().trim().max(5000).default(''),
  /** The programme's envelope in integer cents: its calls' budgets together never exceed it. */
  budgetCents: z.number().int().min(1).max(1_000_000_000_00),
});
export type ProgrammeBody = z.output<typeof programmeBody>;
/** An edit keeps the programme's code. */
export const programmeUpdateBody = programmeBody.omit({ code: true });
export const programmeCreated = programmeSummary.pick({ id: true, code: true });
export const programmeUpdated = programmeSummary.pick({ id: true, code: true, budgetCents: true });
export const programmeList = z.object({ items: z.array(programmeSummary) });

export const callBody = z.object({ reference: z.string().regex(/^[A-Z0-9-/]{2,40}$/, 'capital letters, digits, - and /'), titleEn: text(300), titleTr: text(300), rules: callRules });
export type CallBody = z.output<typeof callBody>;
/** An edit keeps the call's reference. */
export const callUpdateBody = callBody.omit({ reference: true });
export const callList = z.object({ items: z.array(callSummary) });

export const projectList = z.object({ items: z.array(projectView) });
