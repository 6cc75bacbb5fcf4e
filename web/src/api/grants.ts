import { z } from 'zod';
import type { CallRules } from '../../../shared/grants';
import { callSummary, callView, programmeSummary, programmeView, projectView, type CallSummary, type CallView, type ProgrammeSummary, type ProgrammeView, type ProjectView } from '../../../shared/grants.api';
import { request, type QueryValue } from './client';

export type { CallSummary, CallView, ProgrammeSummary, ProgrammeView, ProjectView };

/** What a programme manager types to open a programme. */
export interface ProgrammeBody {
  code: string;
  titleEn: string;
  titleTr: string;
  descriptionEn: string;
  descriptionTr: string;
  /** The programme's envelope in integer cents. */
  budgetCents: number;
}

/** A call as the editor sends it (the reference only when creating). */
export interface CallBody {
  reference: string;
  titleEn: string;
  titleTr: string;
  rules: CallRules;
}

const enc = encodeURIComponent;

/** Every programme with its ledger and headline figures. */
export const listProgrammes = (signal?: AbortSignal): Promise<{ items: ProgrammeSummary[] }> =>
  request('/programmes', { signal }, z.object({ items: z.array(programmeSummary) }));

/** A programme with its calls (drafts only for managers). */
export const getProgramme = (id: string, signal?: AbortSignal): Promise<ProgrammeView> =>
  request(`/programmes/${enc(id)}`, { signal }, programmeView);

/** Where the browser opens the programme's IATI activity file. */
export const iatiHref = (id: string): string => `/api/programmes/${enc(id)}/iati.xml`;

/** Create a programme (programme managers). */
export const createProgramme = (body: ProgrammeBody): Promise<{ id: string; code: string }> =>
  request('/programmes', { method: 'POST', body }, z.object({ id: z.string(), code: z.string() }));

/** Edit a programme's titles, descriptions and envelope (programme managers). */
export const updateProgramme = (id: string, body: Omit<ProgrammeBody, 'code'> & { code?: string }): Promise<{ id: string }> => {
  const { code: _c, ...rest } = body;
  return request(`/programmes/${enc(id)}`, { method: 'PUT', body: rest }, z.object({ id: z.string() }));
};

/** Calls visible to the user, newest first. */
export const listCalls = (signal?: AbortSignal): Promise<{ items: CallSummary[] }> =>
  request('/calls', { signal }, z.object({ items: z.array(callSummary) }));

/** A call with its rules, grid and application counts. */
export const getCall = (id: string, signal?: AbortSignal): Promise<CallView> => request(`/calls/${enc(id)}`, { signal }, callView);

/** Create a draft call in a programme. */
export const createCall = (programmeId: string, body: CallBody): Promise<CallView> =>
  request(`/programmes/${enc(programmeId)}/calls`, { method: 'POST', body }, callView);

/** Edit a call (a published one only to extend its deadline). */
export const updateCall = (id: string, body: Omit<CallBody, 'reference'>): Promise<CallView> =>
  request(`/calls/${enc(id)}`, { method: 'PUT', body }, callView);

/** Publish a draft call. */
export const publishCall = (id: string): Promise<CallView> => request(`/calls/${enc(id)}/publish`, { method: 'POST' }, callView);

/** Awarded projects with the given filters (programme, theme, country, province). */
export const listProjects = (query: Record<string, QueryValue>, signal?: AbortSignal): Promise<{ items: ProjectView[] }> =>
  request('/projects', { query, signal }, z.object({ items: z.array(projectView) }));

/** An awarded project's public page. */
export const getProject = (id: string, signal?: AbortSignal): Promise<ProjectView> => request(`/projects/${enc(id)}`, { signal }, projectView);
