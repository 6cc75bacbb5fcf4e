import { z } from 'zod';
import { activity, authorityTwinning, TWINNING_SOURCES, TWINNING_STATUSES, twinningFile, twinningPartner } from './twinnings';

// Response shapes of the twinning API: the server's routes declare them, the web parses with them.

const status = z.enum(TWINNING_STATUSES);
const side = z.enum(['a', 'b']);

/** Every twinning of an authority, each from its point of view. */
export const authorityTwinningList = z.object({ items: z.array(authorityTwinning) });
export type AuthorityTwinningList = z.infer<typeof authorityTwinningList>;

/** One row of the registry: both sides, the state and where the record comes from. */
export const registryItem = z.object({
  id: z.string(),
  a: twinningPartner,
  b: twinningPartner,
  status,
  since: z.number().int().nullable(),
  source: z.enum(TWINNING_SOURCES),
  sources: z.array(z.string()),
});
export type RegistryItem = z.infer<typeof registryItem>;
export const registryPage = z.object({ items: z.array(registryItem), total: z.number().int() });
export type RegistryPage = z.infer<typeof registryPage>;

/** A twinning made on (or told to) the platform, with the binding step waiting for approval. */
export const twinningView = z.object({
  id: z.string(),
  a: twinningPartner,
  b: twinningPartner,
  status,
  pending: z.object({ target: status, approvals: z.array(side) }).nullable(),
  since: z.number().nullable(),
  source: z.string(),
  createdAt: z.string(),
});
export type Twinning = z.infer<typeof twinningView>;

/** What the timeline tells (audited as `twinning.<action>`); the web words each, and any other as "other". */
export const TIMELINE_ACTIONS = ['proposed', 'moved', 'approval_recorded', 'approval_withdrawn', 'activity_logged', 'file_uploaded', 'file_deleted', 'file_visibility'] as const;
export type TimelineAction = (typeof TIMELINE_ACTIONS)[number];
/** The audit action of a timeline entry. */
export const timelineAudit = (action: TimelineAction) => `twinning.${action}` as const;

export const timelineEntry = z.object({
  at: z.string(),
  who: z.string().nullable(),
  action: z.string(),
  from: status.nullable(),
  to: status.nullable(),
  side: side.nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;
export const twinningDetail = twinningView.extend({ timeline: z.array(timelineEntry) });
export type TwinningDetail = z.infer<typeof twinningDetail>;

export type Activity = z.infer<typeof activity>;
export const activityList = z.object({ items: z.array(activity), dormantAtRisk: z.boolean() });
export type ActivityList = z.infer<typeof activityList>;

export const twinningFileList = z.object({ items: z.array(twinningFile) });
export type TwinningFileList = z.infer<typeof twinningFileList>;

/** Counts of the registry with the list's filters, and activities per theme per year. */
export const registryStats = z.object({
  total: z.number(),
  byCountry: z.record(z.string(), z.number()),
  byProvince: z.record(z.string(), z.number()),
  byStatus: z.record(z.string(), z.number()),
  activities: z.array(z.object({ theme: z.string(), year: z.number(), count: z.number() })),
});
export type RegistryStats = z.infer<typeof registryStats>;

/**
 * Lines of the network, compact: every located authority once in `nodes` (flat [lat, lon, ...]), each
 * line as two indexes into them in `lines` (flat [a, b, ...]), and per line its status and source as
 * indexes into `statuses` and `sources` (so `status.length` is the number of lines).
 */
export const networkLines = z.object({
  nodes: z.array(z.number()),
  lines: z.array(z.number().int()),
  statuses: z.array(z.string()),
  status: z.array(z.number().int()),
  sources: z.array(z.string()),
  source: z.array(z.number().int()),
});
export type NetworkLines = z.infer<typeof networkLines>;

// Request bodies of the lifecycle and file routes (activities and uploads are in twinnings.ts).

export const proposeTwinningBody = z.object({ partnerCode: z.string().min(2).max(40) });
export type ProposeTwinningBody = z.infer<typeof proposeTwinningBody>;
export const moveTwinningBody = z.object({ to: status });
export type MoveTwinningBody = z.infer<typeof moveTwinningBody>;
export const twinningFilePatch = z.object({ public: z.boolean() });
export type TwinningFilePatch = z.infer<typeof twinningFilePatch>;
