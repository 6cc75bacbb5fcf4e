import { z } from 'zod';
import { APPLICATION_STATUSES, CALL_STATUSES, callRules } from './grants';

// Response shapes of the grant scheme's public API (programmes, calls, projects).

export const ledgerView = z.object({
  totalCents: z.number().int(),
  awardedCents: z.number().int(),
  committedCents: z.number().int(),
  paidCents: z.number().int(),
  recoveredCents: z.number().int(),
  owedCents: z.number().int(),
  leftCents: z.number().int(),
  /** Recovery orders issued but not yet collected (0 when a client's older fixture leaves it out). */
  recoveryDueCents: z.number().int().default(0),
});
export type LedgerView = z.infer<typeof ledgerView>;

/**
 * A programme's ledger: `totalCents` is the envelope the manager set and `leftCents` what is not
 * awarded; `allottedCents` is what its calls (drafts included) hold and `unallottedCents` what a new
 * call may still take.
 */
export const programmeLedgerView = ledgerView.extend({
  allottedCents: z.number().int(),
  unallottedCents: z.number().int(),
});
export type ProgrammeLedgerView = z.infer<typeof programmeLedgerView>;

export const callSummary = z.object({
  id: z.string(),
  programmeId: z.string(),
  reference: z.string(),
  titleEn: z.string(),
  titleTr: z.string(),
  status: z.enum(CALL_STATUSES),
  stage: z.enum(['concept', 'full']),
  opensAt: z.string(),
  deadlineAt: z.string(),
  budgetCents: z.number().int(),
  minGrantCents: z.number().int(),
  maxGrantCents: z.number().int(),
  themes: z.array(z.string()),
  /** Open for submissions at the server's clock. */
  open: z.boolean(),
});
export type CallSummary = z.infer<typeof callSummary>;

export const callView = callSummary.extend({
  rules: callRules,
  publishedAt: z.string().nullable(),
  applications: z.record(z.string(), z.number().int()),
  /** The programme's own names, for breadcrumbs. */
  programme: z.object({ code: z.string(), titleEn: z.string(), titleTr: z.string() }),
});
export type CallView = z.infer<typeof callView>;

/** The programme's headline figures, computed from the awards: never typed in. */
export const headlineFigures = z.object({
  projects: z.number().int(),
  grantedCents: z.number().int(),
  provinces: z.number().int(),
  countries: z.number().int(),
  themes: z.number().int(),
});

export const programmeSummary = z.object({
  id: z.string(),
  code: z.string(),
  titleEn: z.string(),
  titleTr: z.string(),
  descriptionEn: z.string(),
  descriptionTr: z.string(),
  currency: z.string(),
  /** The envelope the manager set (integer cents). */
  budgetCents: z.number().int(),
  demo: z.boolean(),
  ledger: programmeLedgerView,
  figures: headlineFigures,
});
export type ProgrammeSummary = z.infer<typeof programmeSummary>;

export const programmeView = programmeSummary.extend({ calls: z.array(callSummary) });
export type ProgrammeView = z.infer<typeof programmeView>;

/** An authority of a project, named as the directory names it (nameLatin for displayName), located for the results map. */
export const projectAuthority = z.object({
  code: z.string(), name: z.string(), nameLatin: z.string().nullable().optional(), country: z.string(), province: z.string().nullable(),
  lat: z.number().nullable().optional(), lon: z.number().nullable().optional(),
});

export const PROJECT_STATUSES = ['awarded', 'contracted', 'closed', 'ended'] as const;
export const projectView = z.object({
  id: z.string(),
  applicationId: z.string(),
  reference: z.string(),
  programmeId: z.string(),
  callId: z.string(),
  titleEn: z.string(),
  titleTr: z.string(),
  summaryEn: z.string(),
  summaryTr: z.string(),
  theme: z.string().nullable(),
  lead: projectAuthority,
  partners: z.array(projectAuthority),
  grantCents: z.number().int(),
  paidCents: z.number().int(),
  status: z.enum(PROJECT_STATUSES),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  indicators: z.array(z.object({ name: z.string(), unit: z.string(), baseline: z.number(), target: z.number(), achieved: z.number().nullable() })),
  demo: z.boolean(),
});
export type ProjectView = z.infer<typeof projectView>;

export { APPLICATION_STATUSES };
