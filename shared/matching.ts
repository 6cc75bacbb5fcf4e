import { z } from 'zod';
import { AUTHORITY_TYPES, authoritySummary } from './authorities';
import { COUNTRIES, isCountry, toIsoCountry } from './countries';
import { LANGUAGES, THEMES } from './themes';

const country = z.string().transform(toIsoCountry).refine(isCountry, { message: `must be one of ${COUNTRIES.join(', ')}`, params: { code: 'country' } });

/** GET /api/authorities/{code}/recommendations */
export const recommendationQuery = z
  .object({
    k: z.coerce.number().int().min(1).max(100).default(20),
    country: country.optional(),
    type: z.enum(AUTHORITY_TYPES).optional(),
    theme: z.enum(THEMES).optional(),
    minPopulation: z.coerce.number().int().min(0).optional(),
    maxPopulation: z.coerce.number().int().min(0).optional(),
    onlyWithRequest: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    lang: z.enum(['tr', 'en']).optional(),
  })
  .refine((q) => q.minPopulation === undefined || q.maxPopulation === undefined || q.minPopulation <= q.maxPopulation, {
    message: 'must not be greater than maxPopulation',
    path: ['minPopulation'],
    params: { code: 'min_over_max' },
  });
export type RecommendationQuery = z.output<typeof recommendationQuery>;

export const reason = z.object({ kind: z.string(), text: z.string() });
/** Where a candidate stands among all the candidates the query admits: rank 3 of 94,512 is among the best 1%. */
export const standing = z.object({ rank: z.number().int().min(1), of: z.number().int().min(1), topPercent: z.number().int().min(1).max(100) });
export type Standing = z.infer<typeof standing>;
export const recommendation = z.object({ authority: authoritySummary, score: z.number(), standing, reasons: z.array(reason) });
/** Filters of the recommendations that an empty list can be explained by and relaxed (population is min and max together). */
export const RELAXABLE_FILTERS = ['theme', 'onlyWithRequest', 'country', 'type', 'population'] as const;
export type RelaxableFilter = (typeof RELAXABLE_FILTERS)[number];
/** Why a filtered list is empty: per active filter, the candidates that meet it alone and those the others leave. */
export const emptyExplanation = z.object({
  filters: z.array(z.object({ filter: z.enum(RELAXABLE_FILTERS), alone: z.number().int(), without: z.number().int() })),
});
export type EmptyExplanation = z.infer<typeof emptyExplanation>;
export const recommendationList = z.object({ items: z.array(recommendation), empty: emptyExplanation.optional() });

/** The fields of a partner request an officer publishes for their authority. */
// No zod defaults here: a partial edit must not reset what it does not name; the table has the defaults.
const partnerRequestFields = z.object({
    title: z.string().trim().min(3).max(160),
    themes: z.array(z.enum(THEMES)).min(1).max(THEMES.length),
    targetCountries: z.array(country).max(28).optional(),
    authorityTypes: z.array(z.enum(AUTHORITY_TYPES)).max(AUTHORITY_TYPES.length).optional(),
    minPopulation: z.number().int().min(0).nullable().optional(),
    maxPopulation: z.number().int().min(0).nullable().optional(),
    languages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length).optional(),
    timeframe: z.string().trim().max(80).optional(),
    descriptionEn: z.string().trim().max(5000).optional(),
    descriptionTr: z.string().trim().max(5000).optional(),
});

const populationOrder = (r: { minPopulation?: number | null; maxPopulation?: number | null }) =>
  r.minPopulation == null || r.maxPopulation == null || r.minPopulation <= r.maxPopulation;

export const partnerRequestBody = partnerRequestFields
  .refine(populationOrder, {
    message: 'must not be greater than maxPopulation',
    path: ['minPopulation'],
    params: { code: 'min_over_max' },
  })
  // `params.code` lets the UI say a cross-field rule in the reader's language (validation.custom.*).
  .refine((r) => Boolean(r.descriptionEn || r.descriptionTr), { message: 'write a description in Turkish or English', path: ['descriptionEn'], params: { code: 'description_required' } });
export type PartnerRequestBody = z.output<typeof partnerRequestBody>;

export const PARTNER_REQUEST_STATUSES = ['open', 'closed'] as const;

/** An edit: any field, or just the status to close or reopen. */
export const partnerRequestPatch = partnerRequestFields
  .partial()
  .extend({ status: z.enum(PARTNER_REQUEST_STATUSES).optional() })
  .refine(populationOrder, { message: 'must not be greater than maxPopulation', path: ['minPopulation'], params: { code: 'min_over_max' } })
  .refine((r) => Object.keys(r).length > 0, { message: 'name at least one field to change', params: { code: 'no_changes' } });
export const partnerRequest = z.object({
  id: z.string(),
  authority: authoritySummary,
  title: z.string(),
  themes: z.array(z.enum(THEMES)),
  targetCountries: z.array(z.string()),
  authorityTypes: z.array(z.enum(AUTHORITY_TYPES)),
  minPopulation: z.number().nullable(),
  maxPopulation: z.number().nullable(),
  languages: z.array(z.string()),
  timeframe: z.string(),
  descriptionEn: z.string(),
  descriptionTr: z.string(),
  status: z.enum(PARTNER_REQUEST_STATUSES),
  /** Seeded demo data, not a real authority's request. */
  demo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PartnerRequest = z.infer<typeof partnerRequest>;

export const partnerRequestQuery = z.object({
  q: z.string().trim().max(100).optional(),
  country: country.optional(),
  theme: z.enum(THEMES).optional(),
  authority: z.string().max(40).optional(),
  status: z.enum(PARTNER_REQUEST_STATUSES).default('open'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

/** First contact: from the sender's own authority to another, optionally answering a request. */
export const eoiBody = z.object({
  toCode: z.string().min(2).max(40),
  requestId: z.uuid().optional(),
  message: z.string().trim().min(10).max(4000),
});
export const EOI_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export const eoiDecisionBody = z.object({ decision: z.enum(['accepted', 'declined']) });
export const expressionOfInterest = z.object({
  id: z.string(),
  from: authoritySummary,
  to: authoritySummary,
  requestId: z.string().nullable(),
  /** The title of the request it answers, so the other side sees which one. */
  requestTitle: z.string().nullable(),
  message: z.string(),
  status: z.enum(EOI_STATUSES),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  conversationId: z.string().nullable(),
});
export type ExpressionOfInterest = z.infer<typeof expressionOfInterest>;

export const messageBody = z.object({ body: z.string().trim().min(1).max(8000) });
export const attachmentInfo = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number() });
export const message = z.object({
  id: z.string(),
  authorName: z.string(),
  authorCode: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
  attachments: z.array(attachmentInfo),
});
export const conversation = z.object({
  id: z.string(),
  a: authoritySummary,
  b: authoritySummary,
  createdAt: z.string(),
  lastMessageAt: z.string(),
});
export const notification = z.object({
  id: z.string(),
  kind: z.string(),
  payload: z.record(z.string(), z.string()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
