import { z } from 'zod';
import {
  activity,
  authorityTwinning,
  TWINNING_SOURCES,
  TWINNING_STATUSES,
  twinningFile,
  twinningPartner,
  type ActivityBody,
  type AuthorityTwinning,
  type TwinningFile,
  type TwinningFileUpload,
  type TwinningStatus,
} from '../../../shared/twinnings';
import { apiUrl, request, type QueryValue } from './client';

const status = z.enum(TWINNING_STATUSES);
const side = z.enum(['a', 'b']);

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
const registryPage = z.object({ items: z.array(registryItem), total: z.number() });
export type RegistryPage = z.infer<typeof registryPage>;

export const twinning = z.object({
  id: z.string(),
  a: twinningPartner,
  b: twinningPartner,
  status,
  pending: z.object({ target: status, approvals: z.array(side) }).nullable(),
  since: z.number().nullable(),
  source: z.string(),
  createdAt: z.string(),
});
export type Twinning = z.infer<typeof twinning>;

export const timelineEntry = z.object({
  at: z.string(),
  who: z.string().nullable(),
  action: z.string(),
  from: status.nullable(),
  to: status.nullable(),
  side: side.nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;
export const twinningDetail = twinning.extend({ timeline: z.array(timelineEntry) });
export type TwinningDetail = z.infer<typeof twinningDetail>;

export type Activity = z.infer<typeof activity>;
const activityList = z.object({ items: z.array(activity), dormantAtRisk: z.boolean() });
export type ActivityList = z.infer<typeof activityList>;

const stats = z.object({
  total: z.number(),
  byCountry: z.record(z.string(), z.number()),
  byProvince: z.record(z.string(), z.number()),
  byStatus: z.record(z.string(), z.number()),
  activities: z.array(z.object({ theme: z.string(), year: z.number(), count: z.number() })),
});
export type RegistryStats = z.infer<typeof stats>;

/** Lines of the network: coords flat [latA, lonA, latB, lonB, ...], status and source per line. */
export interface NetworkLines {
  coords: number[];
  status: string[];
  source: string[];
}

const enc = encodeURIComponent;

/** Every twinning of an authority, each from its point of view. */
export function getAuthorityTwinnings(code: string, signal?: AbortSignal): Promise<{ items: AuthorityTwinning[] }> {
  return request(`/authorities/${enc(code)}/twinnings`, { signal }, z.object({ items: z.array(authorityTwinning) }));
}

/** The registry with the page's filters. */
export function listTwinnings(query: Record<string, QueryValue>, signal?: AbortSignal): Promise<RegistryPage> {
  return request('/twinnings', { query, signal }, registryPage);
}

/** Counts of the whole registry and activities per theme per year. */
export const getRegistryStats = (query: Record<string, QueryValue>, signal?: AbortSignal): Promise<RegistryStats> =>
  request('/twinnings/stats', { query, signal }, stats);

/** The network's lines for the map (not schema-parsed: thousands of numbers). */
export const getNetwork = (query: Record<string, QueryValue>, signal?: AbortSignal): Promise<NetworkLines> =>
  request<NetworkLines>('/twinnings/network', { query, signal });

/** Propose a twinning between the officer's authority and `partnerCode`. */
export const proposeTwinning = (partnerCode: string): Promise<Twinning> =>
  request('/twinnings', { method: 'POST', body: { partnerCode } }, twinning);

/** Turn an accepted expression of interest into a proposed twinning. */
export const proposeFromInterest = (eoiId: string): Promise<Twinning> =>
  request(`/expressions-of-interest/${enc(eoiId)}/twinning`, { method: 'POST' }, twinning);

export const getTwinning = (id: string, signal?: AbortSignal): Promise<TwinningDetail> =>
  request(`/twinnings/${enc(id)}`, { signal }, twinningDetail);

/** Ask for the next state (binding states wait for the other side). */
export const moveTwinning = (id: string, to: TwinningStatus): Promise<Twinning> =>
  request(`/twinnings/${enc(id)}/move`, { method: 'POST', body: { to } }, twinning);

export const approveStep = (id: string): Promise<Twinning> => request(`/twinnings/${enc(id)}/approve`, { method: 'POST' }, twinning);

export const withdrawApproval = (id: string): Promise<Twinning> => request(`/twinnings/${enc(id)}/withdraw`, { method: 'POST' }, twinning);

export const getActivities = (id: string, signal?: AbortSignal): Promise<ActivityList> =>
  request(`/twinnings/${enc(id)}/activities`, { signal }, activityList);

export const addActivity = (id: string, body: ActivityBody): Promise<Activity> =>
  request(`/twinnings/${enc(id)}/activities`, { method: 'POST', body }, activity);

export const listFiles = (id: string, signal?: AbortSignal): Promise<{ items: TwinningFile[] }> =>
  request(`/twinnings/${enc(id)}/files`, { signal }, z.object({ items: z.array(twinningFile) }));

export const uploadFile = (id: string, body: TwinningFileUpload): Promise<TwinningFile> =>
  request(`/twinnings/${enc(id)}/files`, { method: 'POST', body }, twinningFile);

export const setFilePublic = (id: string, fileId: string, isPublic: boolean): Promise<TwinningFile> =>
  request(`/twinnings/${enc(id)}/files/${enc(fileId)}`, { method: 'PATCH', body: { public: isPublic } }, twinningFile);

export const deleteFile = (id: string, fileId: string): Promise<void> =>
  request<void>(`/twinnings/${enc(id)}/files/${enc(fileId)}`, { method: 'DELETE' });

/** Where the browser downloads a file (a plain link: the session cookie authorises private ones). */
export const fileHref = (id: string, fileId: string): string => `/api/twinnings/${enc(id)}/files/${enc(fileId)}`;

/** The registry export with the same filters as the list. */
export const exportHref = (format: 'csv' | 'xlsx', query: Record<string, QueryValue>): string =>
  apiUrl(`/twinnings/export.${format}`, query);
