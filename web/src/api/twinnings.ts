import { activity, twinningFile, type ActivityBody, type TwinningFileUpload, type TwinningStatus } from '../../../shared/twinnings';
import {
  activityList,
  authorityTwinningList,
  registryPage,
  registryStats,
  twinningDetail,
  twinningFileList,
  twinningView,
  type Activity,
  type ActivityList,
  type MoveTwinningBody,
  type NetworkLines,
  type ProposeTwinningBody,
  type RegistryItem,
  type RegistryPage,
  type RegistryStats,
  type TimelineEntry,
  type Twinning,
  type TwinningDetail,
  type TwinningFilePatch,
} from '../../../shared/twinnings.api';
import { apiUrl, request, requestUnparsed, send, type QueryValue } from './client';

export type { Activity, ActivityList, NetworkLines, RegistryItem, RegistryPage, RegistryStats, TimelineEntry, Twinning, TwinningDetail };

const enc = encodeURIComponent;

/** Every twinning of an authority, each from its point of view. */
export const getAuthorityTwinnings = (code: string, signal?: AbortSignal) =>
  request(`/authorities/${enc(code)}/twinnings`, { signal }, authorityTwinningList);

/** The registry with the page's filters. */
export const listTwinnings = (query: Record<string, QueryValue>, signal?: AbortSignal) => request('/twinnings', { query, signal }, registryPage);

/** Counts of the whole registry and activities per theme per year. */
export const getRegistryStats = (query: Record<string, QueryValue>, signal?: AbortSignal) =>
  request('/twinnings/stats', { query, signal }, registryStats);

/** The network's lines for the map (not schema-parsed: thousands of numbers). */
export const getNetwork = (query: Record<string, QueryValue>, signal?: AbortSignal) =>
  requestUnparsed<NetworkLines>('/twinnings/network', { query, signal });

/** Propose a twinning between the officer's authority and `partnerCode`. */
export const proposeTwinning = (partnerCode: string) => {
  const body: ProposeTwinningBody = { partnerCode };
  return request('/twinnings', { method: 'POST', body }, twinningView);
};

/** Turn an accepted expression of interest into a proposed twinning. */
export const proposeFromInterest = (eoiId: string) =>
  request(`/expressions-of-interest/${enc(eoiId)}/twinning`, { method: 'POST' }, twinningView);

export const getTwinning = (id: string, signal?: AbortSignal) => request(`/twinnings/${enc(id)}`, { signal }, twinningDetail);

/** Ask for the next state (binding states wait for the other side). */
export const moveTwinning = (id: string, to: TwinningStatus) => {
  const body: MoveTwinningBody = { to };
  return request(`/twinnings/${enc(id)}/move`, { method: 'POST', body }, twinningView);
};

export const approveStep = (id: string) => request(`/twinnings/${enc(id)}/approve`, { method: 'POST' }, twinningView);

export const withdrawApproval = (id: string) => request(`/twinnings/${enc(id)}/withdraw`, { method: 'POST' }, twinningView);

export const getActivities = (id: string, signal?: AbortSignal) => request(`/twinnings/${enc(id)}/activities`, { signal }, activityList);

export const addActivity = (id: string, body: ActivityBody) => request(`/twinnings/${enc(id)}/activities`, { method: 'POST', body }, activity);

export const listFiles = (id: string, signal?: AbortSignal) => request(`/twinnings/${enc(id)}/files`, { signal }, twinningFileList);

export const uploadFile = (id: string, body: TwinningFileUpload) => request(`/twinnings/${enc(id)}/files`, { method: 'POST', body }, twinningFile);

export const setFilePublic = (id: string, fileId: string, isPublic: boolean) => {
  const body: TwinningFilePatch = { public: isPublic };
  return request(`/twinnings/${enc(id)}/files/${enc(fileId)}`, { method: 'PATCH', body }, twinningFile);
};

export const deleteFile = (id: string, fileId: string) => send(`/twinnings/${enc(id)}/files/${enc(fileId)}`, { method: 'DELETE' });

/** Where the browser downloads a file (a plain link: the session cookie authorises private ones). */
export const fileHref = (id: string, fileId: string): string => `/api/twinnings/${enc(id)}/files/${enc(fileId)}`;

/** The registry export with the same filters as the list. */
export const exportHref = (format: 'csv' | 'xlsx', query: Record<string, QueryValue>): string =>
  apiUrl(`/twinnings/export.${format}`, query);
