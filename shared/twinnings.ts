import { z } from 'zod';
import { THEMES } from './themes';

import { TWINNING_SOURCES, TWINNING_STATUSES } from './twinningStatuses';

export { TWINNING_SOURCES, TWINNING_STATUSES, type TwinningSource, type TwinningStatus } from './twinningStatuses';

export const twinningPartner = z.object({
  code: z.string().nullable(),
  /** The directory's name when the side is tied to a code, else the name the source gave. */
  name: z.string(),
  /** The directory's Latin-script name (for displayName); null for an untied side. */
  nameLatin: z.string().nullable().optional(),
  /** ISO 3166-1 alpha-2 when known; else null and `countryName` says what the source said. */
  country: z.string().nullable(),
  countryName: z.string().nullable(),
});

export const authorityTwinning = z.object({
  id: z.string(),
  partner: twinningPartner,
  status: z.enum(TWINNING_STATUSES),
  since: z.number().int().nullable(),
  source: z.enum(TWINNING_SOURCES),
  sources: z.array(z.string()),
});
export type AuthorityTwinning = z.infer<typeof authorityTwinning>;

export const matchStats = z.object({
  pairs: z.number().int(),
  sides: z.number().int(),
  matchedSides: z.number().int(),
  bothMatched: z.number().int(),
  byMethod: z.record(z.string(), z.number().int()),
  bySource: z.record(z.string(), z.number().int()),
});
export type MatchStats = z.infer<typeof matchStats>;

export const ACTIVITY_KINDS = ['visit', 'exchange', 'event', 'joint_project'] as const;
export const PARTICIPANT_GROUPS = ['officials', 'staff', 'citizens', 'youth', 'civil_society', 'business'] as const;

const isoDate = z.iso.date();

/** An activity logged by an officer of either side. */
export const activityBody = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    title: z.string().trim().min(3).max(200),
    startsOn: isoDate,
    endsOn: isoDate.optional(),
    themes: z.array(z.enum(THEMES)).max(THEMES.length).optional(),
    participants: z.partialRecord(z.enum(PARTICIPANT_GROUPS), z.number().int().min(0).max(1_000_000)).optional(),
    descriptionEn: z.string().trim().max(5000).optional(),
    descriptionTr: z.string().trim().max(5000).optional(),
  })
  .refine((a) => !a.endsOn || a.endsOn >= a.startsOn, { message: 'must not be before startsOn', path: ['endsOn'] });
export type ActivityBody = z.infer<typeof activityBody>;

export const activity = z.object({
  id: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  themes: z.array(z.string()),
  participants: z.record(z.string(), z.number()),
  descriptionEn: z.string(),
  descriptionTr: z.string(),
  createdAt: z.string(),
});

/** Kinds of twinning file; photos belong to an activity and must be images. */
export const TWINNING_FILE_KINDS = ['protocol', 'letter_of_intent', 'report', 'photo', 'other'] as const;
export type TwinningFileKind = (typeof TWINNING_FILE_KINDS)[number];

export const twinningFile = z.object({
  id: z.string(),
  kind: z.enum(TWINNING_FILE_KINDS),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  public: z.boolean(),
  activityId: z.string().nullable(),
  uploadedAt: z.string(),
  uploadedBy: z.string().nullable(),
});
export type TwinningFile = z.infer<typeof twinningFile>;

export const twinningFileUpload = z.object({
  kind: z.enum(TWINNING_FILE_KINDS),
  filename: z.string().trim().min(1).max(200).regex(/^[^/\\]+$/, 'a file name, not a path'),
  contentType: z.string().max(120),
  dataBase64: z.base64().max(7_000_000, 'file too large'),
  public: z.boolean().default(false),
  activityId: z.uuid().optional(),
});
export type TwinningFileUpload = z.infer<typeof twinningFileUpload>;
