import type { z } from 'zod';
import type { callView, programmeView, projectView, CallSummary, CallView, ProgrammeSummary, ProgrammeView, ProjectView } from '../../../shared/grants.api';
import type { callList, programmeCreated, programmeList, programmeUpdated, projectList, CallBody, callUpdateBody, ProgrammeBody, programmeUpdateBody } from '../../../shared/grants.writes';
import { request, type QueryValue } from './client';
import type { shortlistView, ShortlistView } from '../../../shared/grants.stages';

export type { ShortlistView };

export type { CallBody, CallSummary, CallView, ProgrammeBody, ProgrammeSummary, ProgrammeView, ProjectView };

const enc = encodeURIComponent;

/** Every programme with its ledger and headline figures. */
export const listProgrammes = (signal?: AbortSignal) => request<typeof programmeList>('/programmes', { signal });

/** A programme with its calls (drafts only for managers). */
export const getProgramme = (id: string, signal?: AbortSignal) => request<typeof programmeView>(`/programmes/${enc(id)}`, { signal });

/** Where the browser opens the programme's IATI activity file. */
export const iatiHref = (id: string): string => `/api/programmes/${enc(id)}/iati.xml`;

/** Create a programme (programme managers). */
export const createProgramme = (body: ProgrammeBody) => request<typeof programmeCreated>('/programmes', { method: 'POST', body });

/** Edit a programme's titles, descriptions and envelope (programme managers); its code stays. */
export const updateProgramme = (id: string, body: z.input<typeof programmeUpdateBody> & { code?: string }) => {
  const { code: _c, ...rest } = body;
  return request<typeof programmeUpdated>(`/programmes/${enc(id)}`, { method: 'PUT', body: rest });
};

/** Calls visible to the user, newest first. */
export const listCalls = (signal?: AbortSignal) => request<typeof callList>('/calls', { signal });

/** A call with its rules, grid and application counts. */
export const getCall = (id: string, signal?: AbortSignal) => request<typeof callView>(`/calls/${enc(id)}`, { signal });

/** Create a draft call in a programme. */
export const createCall = (programmeId: string, body: CallBody) =>
  request<typeof callView>(`/programmes/${enc(programmeId)}/calls`, { method: 'POST', body });

/** Edit a call (a published one only to extend its deadline). */
export const updateCall = (id: string, body: z.input<typeof callUpdateBody>) => request<typeof callView>(`/calls/${enc(id)}`, { method: 'PUT', body });

/** Publish a draft call. */
export const publishCall = (id: string) => request<typeof callView>(`/calls/${enc(id)}/publish`, { method: 'POST' });

/** Awarded projects with the given filters (programme, theme, country, province). */
export const listProjects = (query: Record<string, QueryValue>, signal?: AbortSignal) => request<typeof projectList>('/projects', { query, signal });

/** An awarded project's public page. */
export const getProject = (id: string, signal?: AbortSignal) => request<typeof projectView>(`/projects/${enc(id)}`, { signal });

/** A two-stage call's concept notes against the pre-selection threshold, and the shortlist once made (programme managers). */
export const getShortlist = (id: string, signal?: AbortSignal) => request<typeof shortlistView>(`/calls/${enc(id)}/shortlist`, { signal });

/** Shortlist at most `count` concept notes and invite their leads to the full stage (programme managers). */
export const shortlistCall = (id: string, count: number) => request<typeof shortlistView>(`/calls/${enc(id)}/shortlist`, { method: 'POST', body: { count } });
