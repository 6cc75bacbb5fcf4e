import { z } from 'zod';
import { AUTHORITY_TYPES } from './authorities';
import { ADMIN_CHECKS, APPLICATION_STATUSES, BUDGET_HEADINGS, applicationContent } from './grants';

// Request and response shapes of the application workflow: drafts, partners, files, submission,
// versions and the administrative check.


/** A rule the application breaks (submission problems): field path, stable code, figures. */
export const applicationProblem = z.object({
  field: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const budgetSummaryView = z.object({
  directCents: z.number().int(),
  indirectCents: z.number().int(),
  totalCents: z.number().int(),
  byHeading: z.record(z.enum(BUDGET_HEADINGS), z.number().int()),
  byYear: z.array(z.number().int()),
  requestedGrantCents: z.number().int(),
  coFinancingCents: z.number().int(),
  grantRateBp: z.number().int(),
  coFinancingRateBp: z.number().int(),
});

export const applicationAuthority = z.object({ code: z.string(), name: z.string(), country: z.string(), type: z.enum(AUTHORITY_TYPES).nullable() });

/** pending until an officer of the partner authority confirms or declines; declining can be revised while a draft. */
export const PARTNER_STATES = ['pending', 'confirmed', 'declined'] as const;
export const applicationPartner = applicationAuthority.extend({
  state: z.enum(PARTNER_STATES),
  confirmedAt: z.string().nullable(),
});
export type ApplicationPartnerView = z.infer<typeof applicationPartner>;

/** The administrative check as the applicant and the secretariat see it. */
export const adminCheckView = z.object({
  answers: z.partialRecord(z.enum(ADMIN_CHECKS), z.boolean().nullable()),
  complete: z.boolean(),
  /** null while the check is incomplete. */
  eligible: z.boolean().nullable(),
  failed: z.array(z.enum(ADMIN_CHECKS)),
  unanswered: z.array(z.enum(ADMIN_CHECKS)),
  reasons: z.string(),
  checkedAt: z.string(),
});
export type AdminCheckView = z.infer<typeof adminCheckView>;

/** How the viewer relates to an application: its lead's or a partner's officer, or the secretariat. */
export const VIEWER_ROLES = ['lead', 'partner', 'manager'] as const;

export const applicationSummary = z.object({
  id: z.string(),
  callId: z.string(),
  callReference: z.string(),
  reference: z.string(),
  lead: applicationAuthority,
  status: z.enum(APPLICATION_STATUSES),
  stage: z.enum(['concept', 'full']),
  titleEn: z.string(),
  titleTr: z.string(),
  theme: z.string().nullable(),
  requestedGrantCents: z.number().int().nullable(),
  version: z.number().int(),
  submittedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Send back as `expectedUpdatedAt` when saving, so two editors do not overwrite each other. */
  updatedAt: z.string(),
  viewerRole: z.enum(VIEWER_ROLES),
});
export type ApplicationSummary = z.infer<typeof applicationSummary>;

/** An application with its draft content, partners, budget figures, live problems and check result. */
export const applicationList = z.object({ items: z.array(applicationSummary) });

export const applicationView = applicationSummary.extend({
  content: applicationContent,
  partners: z.array(applicationPartner),
  budget: budgetSummaryView,
  /** The concept note's requested grant (two-stage calls), which the full application may move by the call's limit. */
  conceptGrantCents: z.number().int().nullable(),
  callDeadlineAt: z.string(),
  /** What stops a submission at the server's clock, every rule at once; empty once submitted. */
  problems: z.array(applicationProblem),
  adminCheck: adminCheckView.nullable(),
});
export type ApplicationView = z.infer<typeof applicationView>;

export const applicationListQuery = z.object({
  call: z.uuid().optional(),
  status: z.enum(APPLICATION_STATUSES).optional(),
});

/** Autosave: any subset of the content; `expectedUpdatedAt` (from the last read) refuses a stale save with 409. */
export const applicationPatch = z.object({
  content: applicationContent.partial().strict(),
  expectedUpdatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type ApplicationPatch = z.infer<typeof applicationPatch>;

export const partnersBody = z.object({ codes: z.array(z.string().trim().min(1).max(40)).max(20) });

export const applicationFile = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
});
export type ApplicationFile = z.infer<typeof applicationFile>;
export const applicationFileList = z.object({ items: z.array(applicationFile) });

export const applicationFileUpload = z.object({
  filename: z.string().trim().min(1).max(200).regex(/^[^/\\]+$/, 'a file name, not a path'),
  contentType: z.string().max(120),
  dataBase64: z.base64().max(7_000_000, 'file too large'),
});
export type ApplicationFileUpload = z.infer<typeof applicationFileUpload>;

export const versionSummary = z.object({
  version: z.number().int(),
  stage: z.enum(['concept', 'full']),
  submittedAt: z.string(),
  submittedBy: z.string().nullable(),
  partners: z.array(z.string()),
  titleEn: z.string(),
  requestedGrantCents: z.number().int().nullable(),
});
export type VersionSummary = z.infer<typeof versionSummary>;
export const versionList = z.object({ items: z.array(versionSummary) });

/** A submitted version, frozen: what the evaluation reads. */
export const versionView = versionSummary.omit({ partners: true }).extend({
  content: applicationContent,
  partners: z.array(applicationAuthority),
  budget: budgetSummaryView,
});
export type VersionView = z.infer<typeof versionView>;

export const adminCheckBody = z.object({
  answers: z.partialRecord(z.enum(ADMIN_CHECKS), z.boolean().nullable()),
  reasons: z.string().trim().max(5000).default(''),
});
export type AdminCheckBody = z.infer<typeof adminCheckBody>;
