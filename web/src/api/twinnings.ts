import type { activity, twinningFile, ActivityBody, TwinningFileUpload, TwinningStatus } from '../../../shared/twinnings';
import type { activityList, authorityTwinningList, registryPage, registryStats, twinningDetail, twinningFileList, twinningView, Activity, ActivityList, MoveTwinningBody, NetworkLines, ProposeTwinningBody, RegistryItem, RegistryPage, RegistryStats, TimelineEntry, Twinning, TwinningDetail, TwinningFilePatch } from '../../../shared/twinnings.api';
import { apiUrl, request, requestUnparsed, send, type QueryValue } from './client';

export type { Activity, ActivityList, NetworkLines, RegistryItem, RegistryPage, RegistryStats, TimelineEntry, Twinning, TwinningDetail };

const enc = encodeURIComponent;

/** Every twinning of an authority, each from its point of view. */
export const getAuthorityTwinnings = (code: string, signal?: AbortSignal) =>
  request<typeof authorityTwinningList>(`/authorities/${enc(code)}/twinnings`, { signal });

/** The registry with the page's filters. */
export const listTwinnings = (query: Record<string, QueryValue>, signal?: AbortSignal) => request<typeof registryPage>('/twinnings', { query, signal });

/** Counts of the whole registry and activities per theme per year. */
export const getRegistryStats = (query: Record<string, QueryValue>, signal?: AbortSignal) =>
  request<typeof registryStats>('/twinnings/stats', { query, signal });

/** The network's lines for the map (not schema-parsed: thousands of numbers). */
export const getNetwork = (query: Record<string, QueryValue>, signal?: AbortSignal) =>
  requestUnparsed<NetworkLines>('/twinnings/network', { query, signal });

/** Propose a twinning between the officer's authority and `partnerCode`. */
export const proposeTwinning = (partnerCode: string) => {
  const body: ProposeTwinningBody = { partnerCode };
  return request<typeof twinningView>('/twinnings', { method: 'POST', body });
};

/** Turn an accepted expression of interest into a proposed twinning. */
export const proposeFromInterest = (eoiId: string) =>
  request<typeof twinningView>(`/expressions-of-interest/${enc(eoiId)}/twinning`, { method: 'POST' });

export const getTwinning = (id: string, signal?: AbortSignal) => request<typeof twinningDetail>(`/twinnings/${enc(id)}`, { signal });

/** Ask for the next state (binding states wait for the other side). */
export const moveTwinning = (id: string, to: TwinningStatus) => {
  const body: MoveTwinningBody = { to };
  return request<typeof twinningView>(`/twinnings/${enc(id)}/move`, { method: 'POST', body });
};

export const approveStep = (id: string) => request<typeof twinningView>(`/twinnings/${enc(id)}/approve`, { method: 'POST' });

export const withdrawApproval = (id: string) => request<typeof twinningView>(`/twinnings/${enc(id)}/withdraw`, { method: 'POST' });

export const getActivities = (id: string, signal?: AbortSignal) => request<typeof activityList>(`/twinnings/${enc(id)}/activities`, { signal });

export const addActivity = (id: string, body: ActivityBody) => request<typeof activity>(`/twinnings/${enc(id)}/activities`, { method: 'POST', body });

export const listFiles = (id: string, signal?: AbortSignal) => request<typeof twinningFileList>(`/twinnings/${enc(id)}/files`, { signal });

export const uploadFile = (id: string, body: TwinningFileUpload) => request<typeof twinningFile>(`/twinnings/${enc(id)}/files`, { method: 'POST', body });

export const setFilePublic = (id: string, fileId: string, isPublic: boolean) => {
  const body: TwinningFilePatch = { public: isPublic };
  return request<typeof twinningFile>(`/twinnings/${enc(id)}/files/${enc(fileId)}`, { method: 'PATCH', body });
};

export const deleteFile = (id: string, fileId: string) => send(`/twinnings/${enc(id)}/files/${enc(fileId)}`, { method: 'DELETE' });

/** Where the browser downloads a file (a plain link: the session cookie authorises private ones). */
export const fileHref = (id: string, fileId: string): string => `/api/twinnings/${enc(id)}/files/${enc(fileId)}`;

/** The registry export with the same filters as the list. */
export const exportHref = (format: 'csv' | 'xlsx', query: Record<string, QueryValue>): string =>
  apiUrl(`/twinnings/export.${format}`, query);
