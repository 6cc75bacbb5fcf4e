import type { z } from 'zod';
import type { consultation, consultationList, ownResponse, pendingStatementList, results, Consultation, ConsultationInput, ResponseInput, Results } from '../../../shared/participation';
import { ApiRequestError, apiUrl, request, send } from './client';
import type { anonymousResponseAccepted, confirmationDone, anonymousResponseInput } from '../../../shared/participation.anonymous';

export type { Consultation, ConsultationInput, ResponseInput, Results };
/** What a signed-out respondent sends: the response, the address for the link and the mail's language. */
export type AnonymousResponseBody = z.input<typeof anonymousResponseInput>;
export type OwnResponse = z.infer<typeof ownResponse>;

const enc = encodeURIComponent;

/** Consultations, optionally only open/closed/upcoming ones or those linked to a page (`twinning:<id>`…). */
export const listConsultations = (query: { status?: string; linkedTo?: string }, signal?: AbortSignal) =>
  request<typeof consultationList>('/consultations', { query, signal });

export const getConsultation = (id: string, signal?: AbortSignal) => request<typeof consultation>(`/consultations/${enc(id)}`, { signal });

export const createConsultation = (body: ConsultationInput) => request<typeof consultation>('/consultations', { method: 'POST', body });

export const getResults = (id: string, signal?: AbortSignal) => request<typeof results>(`/consultations/${enc(id)}/results`, { signal });

/** The signed-in user's own response, or null when they have not answered yet (a 404). */
export async function getMyResponse(id: string, signal?: AbortSignal): Promise<OwnResponse | null> {
  try {
    return await request<typeof ownResponse>(`/consultations/${enc(id)}/responses/mine`, { signal });
  } catch (err) {
    if (err instanceof ApiRequestError && err.status === 404) return null;
    throw err;
  }
}

/** The first answer is a POST; changing it before the close is a PUT. */
export const saveResponse = (id: string, body: ResponseInput, first: boolean) =>
  send(`/consultations/${enc(id)}/responses`, { method: first ? 'POST' : 'PUT', body });

/** Signed out, on a public consultation: the server mails a one-time link that records the answer. */
export const respondAnonymously = (id: string, body: AnonymousResponseBody) =>
  request<typeof anonymousResponseAccepted>(`/consultations/${enc(id)}/responses/anonymous`, { method: 'POST', body });

/** The mailed link's token records the anonymous answer, once. */
export const confirmAnonymousResponse = (id: string, token: string) =>
  request<typeof confirmationDone>(`/consultations/${enc(id)}/responses/confirm`, { method: 'POST', body: { token } });

export const publishDecision = (id: string, text: { tr: string; en: string }) =>
  send(`/consultations/${enc(id)}/decision`, { method: 'POST', body: { text } });

export const getPendingStatements = (id: string, signal?: AbortSignal) =>
  request<typeof pendingStatementList>(`/consultations/${enc(id)}/statements/pending`, { signal });

export const decideStatement = (id: string, statementId: string, accept: boolean) =>
  send(`/consultations/${enc(id)}/statements/${enc(statementId)}/decision`, { method: 'POST', body: { accept } });

/** Where the browser downloads a consultation's results (a plain link; the server names the file). */
export const resultsExportHref = (id: string, format: 'csv' | 'xlsx', lang: 'tr' | 'en'): string =>
  apiUrl(`/consultations/${enc(id)}/results/export`, { format, lang });
