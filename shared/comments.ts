import { z } from 'zod';

/*
 * Comments on public pages, with reports and moderation (issue 13). The API contract both sides read.
 * A comment is on one target (a project, partner request, twinning or consultation; a library entry or
 * an event since issue 14), takes a stance, and may have replies one level deep.
 */

export const COMMENT_TARGET_KINDS = ['project', 'request', 'twinning', 'consultation', 'library', 'event'] as const;
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number];
export const STANCES = ['for', 'against', 'neutral'] as const;
export type Stance = (typeof STANCES)[number];
export const COMMENT_MAX = 2000;
export const REPORT_REASON_MAX = 500;
/** An author may change their comment this long after posting it. */
export const EDIT_WINDOW_MINUTES = 15;
/** Reports by this many different users hide a comment until a moderator decides. */
export const HIDE_AFTER_REPORTS = 3;

/**
 * shown: everyone reads it · held: hidden by reports, waiting for a moderator · hidden: a moderator hid
 * it · deleted: its author deleted it. Only moderators and the author read a held or hidden comment.
 */
export const COMMENT_STATUSES = ['shown', 'held', 'hidden', 'deleted'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** `project:<id>`, `request:<id>`, `twinning:<id>`, `consultation:<id>` `library:<id>` (a library entry) or `event:<id>` (a training or event) */
export const commentTarget = z.string().regex(/^(project|request|twinning|consultation|library|event):[^:\s]{1,80}$/, { message: 'must be kind:id, e.g. project:<id>' });
export function parseTarget(target: string): { kind: CommentTargetKind; id: string } {
  const at = target.indexOf(':');
  return { kind: target.slice(0, at) as CommentTargetKind, id: target.slice(at + 1) };
}

/** GET /api/comments?target= */
export const commentQuery = z.object({ target: commentTarget });

/** POST /api/comments (anyone signed in who may read the target); a reply names its parent, which must be a top-level comment on the same target. */
export const commentInput = z.object({
  target: commentTarget,
  body: z.string().trim().min(1).max(COMMENT_MAX),
  stance: z.enum(STANCES).default('neutral'),
  parentId: z.uuid().nullable().default(null),
});
export type CommentInput = z.output<typeof commentInput>;

/** PATCH /api/comments/{id}: the author, within EDIT_WINDOW_MINUTES of posting. */
export const commentEdit = z.object({ body: z.string().trim().min(1).max(COMMENT_MAX), stance: z.enum(STANCES) });

/** POST /api/comments/{id}/reports: anyone signed in but the author, once per comment. */
export const reportInput = z.object({ reason: z.string().trim().min(3).max(REPORT_REASON_MAX) });

const commentFields = {
  id: z.string(),
  target: z.string(),
  parentId: z.string().nullable(),
  /** Null on a placeholder (a hidden or deleted comment kept only so its replies read in context). */
  author: z.object({ name: z.string(), authorityCode: z.string().nullable() }).nullable(),
  /** Empty on a placeholder. */
  body: z.string(),
  stance: z.enum(STANCES),
  status: z.enum(COMMENT_STATUSES),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  /** The reader wrote it. */
  mine: z.boolean(),
  /** The reader may still edit it (their own, shown, within the window): until this moment. */
  editableUntil: z.string().nullable(),
  /** The reader may report it (signed in, not theirs, not reported by them yet, shown). */
  canReport: z.boolean(),
  reportedByMe: z.boolean(),
};
/**
 * A comment as a reader sees it. Held, hidden and deleted comments are left out for readers other than
 * moderators and their author, except as a placeholder (status set, author null, body empty) when a
 * reply the reader may see hangs under them.
 */
export const commentReply = z.object(commentFields);
export const comment = z.object({ ...commentFields, replies: z.array(commentReply) });
export type Comment = z.infer<typeof comment>;
/** Top-level comments oldest first, each with its replies oldest first; `total` counts what the reader reads in full, replies included, placeholders not. */
export const commentList = z.object({ items: z.array(comment), total: z.number().int() });

/** The moderation queue: what is held by reports first, then what carries reports, then hidden. */
export const MODERATION_STATES = ['held', 'reported', 'hidden'] as const;
export const moderationQuery = z.object({ state: z.enum(MODERATION_STATES).default('held') });
export const moderationItem = z.object({
  comment: commentReply,
  /** Reports still open on it; reporters are not named, even to moderators. */
  reports: z.array(z.object({ reason: z.string(), at: z.string() })),
  /** The latest moderation decision, if any. */
  lastDecision: z.object({ action: z.enum(['keep', 'hide', 'restore']), reason: z.string(), at: z.string(), by: z.string() }).nullable(),
});
export const moderationQueue = z.object({ items: z.array(moderationItem) });

/**
 * POST /api/moderation/comments/{id}/decision (admins and programme managers): keep (shown, its open
 * reports dismissed), hide, or restore (a hidden or held comment shown again, reports dismissed). The
 * reason is audited and told to the author.
 */
export const MODERATION_ACTIONS = ['keep', 'hide', 'restore'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
export const moderationDecisionInput = z.object({ action: z.enum(MODERATION_ACTIONS), reason: z.string().trim().min(3).max(REPORT_REASON_MAX) });

/** The answer to a report: whether it was the one that held the comment for moderation. */
export const reportResult = z.object({ held: z.boolean() });
