import type { z } from 'zod';
import { callView, programmeView, projectView, type CallSummary, type CallView, type ProgrammeSummary, type ProgrammeView, type ProjectView } from '../../../shared/grants.api';
import {
  callList,
  programmeCreated,
  programmeList,
  programmeUpdated,
  projectList,
  type CallBody,
  type callUpdateBody,
  type ProgrammeBody,
  type programmeUpdateBody,
} from '../../../shared/grants.writes';
import { request, type QueryValue } from './client';
import { shortlistView, type ShortlistView } from '../../../shared/grants.stages';

export type { ShortlistView };

export type { CallBody, CallSummary, CallView, ProgrammeBody, ProgrammeSummary, ProgrammeView, ProjectView };

const enc = encodeURIComponent;

/** Every programme with its ledger and headline figures. */
export const listProgrammes = (signal?: AbortSignal) => request('/programmes', { signal }, programmeList);

/** A programme with its calls (drafts only for managers). */
export const getProgramme = (id: string, signal?: AbortSignal) => request(`/programmes/${enc(id)}`, { signal }, programmeView);

/** Where the browser opens the programme's IATI activity file. */
export const iatiHref = (id: string): string => `/api/programmes/${enc(id)}/iati.xml`;

/** Create a programme (programme managers). */
export const createProgramme = (body: ProgrammeBody) => request('/programmes', { method: 'POST', body }, programmeCreated);

/** Edit a programme's titles, descriptions and envelope (programme managers); its code stays. */
export const updateProgramme = (id: string, body: z.input<typeof programmeUpdateBody> & { code?: string }) => {
  const { code: _c, ...rest } = body;
  return request(`/programmes/${enc(id)}`, { method: 'PUT', body: rest }, programmeUpdated);
};

/** Calls visible to the user, newest first. */
export const listCalls = (signal?: AbortSignal) => request('/calls', { signal }, callList);

/** A call with its rules, grid and application counts. */
export const getCall = (id: string, signal?: AbortSignal) => request(`/calls/${enc(id)}`, { signal }, callView);

/** Create a draft call in a programme. */
export const createCall = (programmeId: string, body: CallBody) =>
  request(`/programmes/${enc(programmeId)}/calls`, { method: 'POST', body }, callView);

/** Edit a call (a published one only to extend its deadline). */
export const updateCall = (id: string, body: z.input<typeof callUpdateBody>) => request(`/calls/${enc(id)}`, { method: 'PUT', body }, callView);

/** Publish a draft call. */
export const publishCall = (id: string) => request(`/calls/${enc(id)}/publish`, { method: 'POST' }, callView);

/** Awarded projects with the given filters (programme, theme, country, province). */
export const listProjects = (query: Record<string, QueryValue>, signal?: AbortSignal) => request('/projects', { query, signal }, projectList);

/** An awarded project's public page. */
export const getProject = (id: string, signal?: AbortSignal) => request(`/projects/${enc(id)}`, { signal }, projectView);

/** A two-stage call's concept notes against the pre-selection threshold, and the shortlist once made (programme managers). */
export const getShortlist = (id: string, signal?: AbortSignal) => request(`/calls/${enc(id)}/shortlist`, { signal }, shortlistView);

/** Shortlist at most `count` concept notes and invite their leads to the full stage (programme managers). */
export const shortlistCall = (id: string, count: number) => request(`/calls/${enc(id)}/shortlist`, { method: 'POST', body: { count } }, shortlistView);
