import type { ApplicationStatus } from '../../../shared/grants';
import type { applicationFile, applicationFileList, applicationList, applicationView, versionList, AdminCheckBody, ApplicationFile, ApplicationFileUpload, ApplicationPatch, ApplicationSummary, ApplicationView, VersionSummary } from '../../../shared/grants.applications';
import { request, send } from './client';

export type { ApplicationFile, ApplicationSummary, ApplicationView, VersionSummary };

const enc = encodeURIComponent;
const base = (id: string) => `/applications/${enc(id)}`;

/** Officers: their authority's applications as lead or partner; managers: all, filtered by call and status. */
export const listApplications = (query: { call?: string; status?: ApplicationStatus }, signal?: AbortSignal) =>
  request<typeof applicationList>('/applications', { query, signal });

/** Start a draft to an open call for the officer's authority (403 when it may not lead, 409 when the call takes none). */
export const startApplication = (callId: string): Promise<ApplicationView> =>
  request<typeof applicationView>(`/calls/${enc(callId)}/applications`, { method: 'POST' });

/** One application with its content, partners, budget figures, live problems and check result. */
export const getApplication = (id: string, signal?: AbortSignal): Promise<ApplicationView> => request<typeof applicationView>(base(id), { signal });

/** Autosave part of a draft; a stale `expectedUpdatedAt` is refused with 409. */
export const saveApplication = (id: string, body: ApplicationPatch): Promise<ApplicationView> =>
  request<typeof applicationView>(base(id), { method: 'PATCH', body });

/** Set the partner authorities of a draft. */
export const setPartners = (id: string, codes: string[]): Promise<ApplicationView> =>
  request<typeof applicationView>(`${base(id)}/partners`, { method: 'PUT', body: { codes } });

/** A partner authority's officer confirms or declines taking part. */
export const answerPartnership = (id: string, answer: 'confirm' | 'decline'): Promise<ApplicationView> =>
  request<typeof applicationView>(`${base(id)}/partners/${answer}`, { method: 'POST' });

/** Submit the draft: a 400 names every rule it breaks. */
export const submitApplication = (id: string): Promise<ApplicationView> => request<typeof applicationView>(`${base(id)}/submit`, { method: 'POST' });

/** The lead withdraws its application. */
export const withdrawApplication = (id: string): Promise<ApplicationView> => request<typeof applicationView>(`${base(id)}/withdraw`, { method: 'POST' });

/** Submitted versions, oldest first. */
export const listVersions = (id: string, signal?: AbortSignal) =>
  request<typeof versionList>(`${base(id)}/versions`, { signal });

/** Record the administrative check (programme managers). */
export const recordAdminCheck = (id: string, body: AdminCheckBody): Promise<ApplicationView> =>
  request<typeof applicationView>(`${base(id)}/admin-check`, { method: 'PUT', body });

/** The application's attached files, newest first. */
export const listFiles = (id: string, signal?: AbortSignal) =>
  request<typeof applicationFileList>(`${base(id)}/files`, { signal });

/** Attach a file (base64) to a draft. */
export const uploadFile = (id: string, body: ApplicationFileUpload): Promise<ApplicationFile> =>
  request<typeof applicationFile>(`${base(id)}/files`, { method: 'POST', body });

/** Remove a file from a draft. */
export const deleteFile = (id: string, fileId: string): Promise<void> => send(`${base(id)}/files/${enc(fileId)}`, { method: 'DELETE' });

/** Where the browser downloads an attached file. */
export const fileHref = (id: string, fileId: string): string => `/api${base(id)}/files/${enc(fileId)}`;
