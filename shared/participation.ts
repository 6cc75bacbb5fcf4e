import { z } from 'zod';

/*
 * Participation (issue 13): consultations whose results weigh every stakeholder group equally, and
 * statements that show what every group can accept. The API contract both sides read.
 */

/** Who a respondent speaks for. Results weigh each group that answered the same, whatever its size. */
export const STAKEHOLDER_GROUPS = ['local_authority', 'civil_society', 'private_sector', 'academia', 'citizen', 'youth'] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];
/** Which side of the partnership a respondent is on; reported beside the groups, not a weight of its own. */
export const RESPONDENT_SIDES = ['TR', 'EU'] as const;
export type RespondentSide = (typeof RESPONDENT_SIDES)[number];

export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'ranking', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const AUDIENCES = ['public', 'signed_in', 'invited'] as const;
export const CONSULTATION_LINKS = ['twinning', 'project', 'call', 'request'] as const;
export const VOTES = ['agree', 'disagree', 'pass'] as const;
export type Vote = (typeof VOTES)[number];
/** Below this many respondents a group is shown but not weighed, unless the organiser sets another. */
export const DEFAULT_MIN_GROUP = 5;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const TEXT_MAX = 2000;
export const STATEMENT_MAX = 280;

/** Text in both languages; one may be empty while the other is given. */
export const bilingual = z
  .object({ tr: z.string().trim().max(5000).default(''), en: z.string().trim().max(5000).default('') })
  .refine((t) => t.tr.length > 0 || t.en.length > 0, { message: 'needs Turkish or English text', params: { code: 'text_required' } });
export type Bilingual = z.output<typeof bilingual>;

const optionLabel = z.object({ tr: z.string().trim().max(200).default(''), en: z.string().trim().max(200).default('') });

/** A question as the organiser writes it; choice, multiple and ranking questions list 2–12 options. */
export const questionInput = z
  .object({
    kind: z.enum(QUESTION_KINDS),
    prompt: bilingual,
    required: z.boolean().default(false),
    options: z.array(optionLabel).max(12).default([]),
  })
  .superRefine((q, ctx) => {
    const choices = q.kind === 'single' || q.kind === 'multiple' || q.kind === 'ranking';
    if (choices && q.options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'needs at least two options', params: { code: 'options_too_few' } });
    if (!choices && q.options.length > 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'takes no options', params: { code: 'options_not_allowed' } });
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      if (!o.tr && !o.en) ctx.addIssue({ code: 'custom', path: ['options', i], message: 'is empty', params: { code: 'option_empty' } });
      const key = `${o.tr.toLocaleLowerCase('tr')}|${o.en.toLowerCase()}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['options', i], message: 'repeats another option', params: { code: 'option_duplicate' } });
      seen.add(key);
    });
  });
export type QuestionInput = z.output<typeof questionInput>;

/** POST /api/consultations (programme managers; officers for their own authority's twinning, project or request). */
export const consultationInput = z
  .object({
    title: bilingual,
    description: bilingual,
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
    audience: z.enum(AUDIENCES).default('public'),
    invitedAuthorities: z.array(z.string().min(2).max(40)).max(200).default([]),
    link: z.object({ kind: z.enum(CONSULTATION_LINKS), id: z.string().min(1).max(80) }).nullable().default(null),
    minGroupSize: z.number().int().min(1).max(1000).default(DEFAULT_MIN_GROUP),
    questions: z.array(questionInput).max(30).default([]),
    /** Statements respondents mark agree / disagree / pass; respondents may add their own (moderated). */
    statements: z.array(z.string().trim().min(3).max(STATEMENT_MAX)).max(100).default([]),
    allowNewStatements: z.boolean().default(true),
  })
  .refine((c) => Date.parse(c.opensAt) < Date.parse(c.closesAt), { message: 'must be after the opening', path: ['closesAt'], params: { code: 'closes_before_opens' } })
  .refine((c) => c.questions.length > 0 || c.statements.length > 0, { message: 'needs a question or a statement', path: ['questions'], params: { code: 'nothing_to_ask' } })
  .refine((c) => c.audience !== 'invited' || c.invitedAuthorities.length > 0, { message: 'names no authority', path: ['invitedAuthorities'], params: { code: 'invited_none' } });
export type ConsultationInput = z.output<typeof consultationInput>;

export const option = z.object({ id: z.string(), label: z.object({ tr: z.string(), en: z.string() }) });
export const question = z.object({ id: z.string(), kind: z.enum(QUESTION_KINDS), prompt: z.object({ tr: z.string(), en: z.string() }), required: z.boolean(), options: z.array(option) });
export type Question = z.infer<typeof question>;
export const statement = z.object({ id: z.string(), text: z.string(), byRespondent: z.boolean() });
export type Statement = z.infer<typeof statement>;
export const decision = z.object({ text: z.object({ tr: z.string(), en: z.string() }), publishedAt: z.string() });
export const CONSULTATION_STATUSES = ['upcoming', 'open', 'closed'] as const;

/** A consultation as lists and its page show it; `status` is decided by the server's clock. */
export const consultation = z.object({
  id: z.string(),
  title: z.object({ tr: z.string(), en: z.string() }),
  description: z.object({ tr: z.string(), en: z.string() }),
  opensAt: z.string(),
  closesAt: z.string(),
  status: z.enum(CONSULTATION_STATUSES),
  audience: z.enum(AUDIENCES),
  link: z.object({ kind: z.enum(CONSULTATION_LINKS), id: z.string() }).nullable(),
  organiser: z.object({ name: z.string(), authorityCode: z.string().nullable() }),
  minGroupSize: z.number().int(),
  allowNewStatements: z.boolean(),
  questions: z.array(question),
  statements: z.array(statement),
  respondents: z.number().int(),
  decision: decision.nullable(),
  demo: z.boolean(),
  /** The reader may accept respondents' statements and publish the decision (the organiser and programme staff). */
  canManage: z.boolean(),
});
export type Consultation = z.infer<typeof consultation>;
export const consultationList = z.object({ items: z.array(consultation) });
export const consultationQuery = z.object({
  status: z.enum(CONSULTATION_STATUSES).optional(),
  /** `twinning:<id>`, `project:<id>`, `call:<id>` or `request:<id>` */
  linkedTo: z.string().regex(/^(twinning|project|call|request):[^:]{1,80}$/).optional(),
});

/** One answer; its shape must fit its question's kind (checked against the consultation by the rules). */
export const answer = z.object({
  questionId: z.string(),
  optionIds: z.array(z.string()).max(12).optional(),
  value: z.number().int().min(SCALE_MIN).max(SCALE_MAX).optional(),
  text: z.string().trim().max(TEXT_MAX).optional(),
});
export type Answer = z.infer<typeof answer>;

/** POST (first) or PUT (change before the close) /api/consultations/{id}/responses */
export const responseInput = z.object({
  group: z.enum(STAKEHOLDER_GROUPS),
  side: z.enum(RESPONDENT_SIDES),
  answers: z.array(answer).max(30).default([]),
  votes: z.array(z.object({ statementId: z.string(), vote: z.enum(VOTES) })).max(200).default([]),
  /** Statements of the respondent's own, shown to others once a moderator accepts them. */
  newStatements: z.array(z.string().trim().min(3).max(STATEMENT_MAX)).max(3).default([]),
});
export type ResponseInput = z.output<typeof responseInput>;
/** The respondent's own response, as they may read it back and change it. */
export const ownResponse = responseInput.extend({ updatedAt: z.string() });

/** POST /api/consultations/{id}/decision (the organiser, once closed) */
export const decisionInput = z.object({ text: bilingual });

/** GET /api/consultations/{id}/results: shares are fractions 0–1; free text is left out; no identity. */
export const results = z.object({
  respondents: z.number().int(),
  /**
   * Respondents per group and side. The weighing unit is the stakeholder group (both sides together):
   * `weighed` is false for every cell of a group with fewer respondents than the consultation's
   * minimum (the group is shown, with a warning, but left out of the balanced figures).
   */
  groups: z.array(z.object({ group: z.enum(STAKEHOLDER_GROUPS), side: z.enum(RESPONDENT_SIDES), respondents: z.number().int(), weighed: z.boolean() })),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(QUESTION_KINDS),
      answered: z.number().int(),
      options: z.array(z.object({ id: z.string(), raw: z.number(), rawShare: z.number(), balancedShare: z.number(), borda: z.number().optional(), balancedBorda: z.number().optional() })),
      mean: z.number().nullable(),
      balancedMean: z.number().nullable(),
      byGroup: z.array(z.object({ group: z.enum(STAKEHOLDER_GROUPS), mean: z.number().nullable(), shares: z.record(z.string(), z.number()) })),
      /** The raw and the balanced winner differ (single, multiple, ranking). */
      differs: z.boolean(),
    }),
  ),
  statements: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      agree: z.number().int(),
      disagree: z.number().int(),
      pass: z.number().int(),
      byGroup: z.array(z.object({ group: z.enum(STAKEHOLDER_GROUPS), agreeShare: z.number(), votes: z.number().int() })),
      /** The agreement of the group that agrees least: the common-ground order. */
      minGroupAgree: z.number(),
      /** How far the groups are apart (max − min agreement): the divisive order. */
      divisiveness: z.number(),
    }),
  ),
  decision: decision.nullable(),
});
export type Results = z.infer<typeof results>;

/**
 * GET /api/consultations/{id}/results/export: the results' figures as CSV (one figure per line) or
 * XLSX (a sheet per table, and the free-text answers on their own sheet for those who manage the
 * consultation). `part=free_text` gives the free-text answers as CSV (managers only).
 */
export const resultsExportQuery = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    lang: z.enum(['tr', 'en']).default('en'),
    part: z.enum(['figures', 'free_text']).default('figures'),
  })
  .refine((q) => q.format === 'csv' || q.part === 'figures', { path: ['part'], message: 'free text comes apart as CSV only; the XLSX has its own sheet', params: { code: 'part_csv_only' } });
export type ResultsExportQuery = z.output<typeof resultsExportQuery>;

/** GET /api/consultations/{id}/statements/pending: respondents' statements awaiting moderation. */
export const pendingStatementList = z.object({ items: z.array(statement) });
/** POST /api/consultations/{id}/statements/{sid}/decision: accept shows it to respondents, reject hides it for good. */
export const statementDecisionInput = z.object({ accept: z.boolean() });
