import { z } from 'zod';
import { ROLES } from './accounts';

/**
 * The sections of "My TwinBridge", the signed-in user's home: what waits for them, per role.
 * Officers: their authority's twinning approvals, approaches to answer, conversations, partner
 * requests and applications with their deadlines. Assessors: their assessments. Programme managers
 * (and admins): calls by stage with what waits in each, grant reports to decide. Admins: officer
 * requests and mails that failed to go out.
 */
export const HOME_SECTIONS = [
  'approvals', 'approaches', 'conversations', 'requests', 'applications',
  'assessments', 'calls', 'reports', 'officerRequests', 'failedMail',
] as const;
export type HomeSectionKey = (typeof HOME_SECTIONS)[number];

/** What waits in a call for the programme managers, one count each (the keys the UI translates). */
export const CALL_WAITS = ['check', 'assign', 'diverge', 'consensus', 'award'] as const;
export type CallWait = (typeof CALL_WAITS)[number];

/** One thing on the home page and the page where it is done. */
export const homeItem = z.object({
  id: z.string(),
  /** Where it is done: a path of the web app. */
  link: z.string(),
  /** A name or title as stored (authority names, references, English titles). */
  title: z.string(),
  /** The Turkish title where the thing has one (calls, applications), else null. */
  titleTr: z.string().nullable(),
  /** A stable state code the UI translates (an application's or assignment's status, a twinning's next step). */
  status: z.string().nullable(),
  /** The deadline or date that orders the item (ISO 8601), if any. */
  due: z.string().nullable(),
  /** Unread messages of a conversation, else null. */
  unread: z.number().int().nullable(),
  /** What waits in a call for the managers, by CALL_WAITS key; null elsewhere. */
  waits: z.record(z.enum(CALL_WAITS), z.number().int()).nullable(),
  /**
   * A two-stage call whose concept deadline passed, with every concept note evaluated: how many wait
   * for the shortlist (the item then links to where it is made); absent or null elsewhere.
   */
  shortlist: z.number().int().nullable().optional(),
});
export type HomeItem = z.infer<typeof homeItem>;

export const homeSection = z.object({
  key: z.enum(HOME_SECTIONS),
  /** The first items, most urgent first. */
  items: z.array(homeItem),
  /** How many there are in all (the section links to the full list when it is more than shown). */
  total: z.number().int(),
  /** The page with the full list. */
  more: z.string(),
});
export type HomeSection = z.infer<typeof homeSection>;

/** `GET /api/me/home`: the user's role, the authority they act for, and their sections in order. */
export const homeView = z.object({
  role: z.enum(ROLES),
  authority: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** A request to act for an authority that is still open or was refused (public users). */
  officerRequest: z.object({ authorityCode: z.string(), authorityName: z.string().nullable(), status: z.enum(['pending', 'approved', 'rejected']) }).nullable(),
  sections: z.array(homeSection),
});
export type HomeView = z.infer<typeof homeView>;

/** Items shown per section; the rest is one click away. */
export const HOME_SECTION_LIMIT = 8;
