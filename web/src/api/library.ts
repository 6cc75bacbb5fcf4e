import { libraryEntry, libraryFile, librarySearchResult, reviewList, type EntryInput, type LibraryEntry, type LibraryHit, type LibrarySearchResult } from '../../../shared/knowledge';
import type { z } from 'zod';
import type { entryInput } from '../../../shared/knowledge';
import { request } from './client';

export type { EntryInput, LibraryEntry, LibraryHit, LibrarySearchResult };
/** What the propose form sends (defaults filled in by the server). */
export type EntryBody = z.input<typeof entryInput>;
export type ReviewList = z.infer<typeof reviewList>;

const enc = encodeURIComponent;

export interface LibraryQuery {
  q?: string;
  lang?: string;
  theme?: string;
  country?: string;
  type?: string;
  offset?: number;
}

/** Published entries matching the words and filters, with highlighted snippets. */
export const searchLibrary = (query: LibraryQuery, signal?: AbortSignal) => request('/library', { query: { ...query }, signal }, librarySearchResult);

export const getLibraryEntry = (id: string, signal?: AbortSignal) => request(`/library/${enc(id)}`, { signal }, libraryEntry);

/** An officer's (or a manager's) proposal; it waits for a programme manager. */
export const proposeEntry = (body: EntryBody) => request('/library', { method: 'POST', body }, libraryEntry);

export const decideEntry = (id: string, action: 'publish' | 'reject', reason = '') =>
  request(`/library/${enc(id)}/decision`, { method: 'POST', body: { action, reason } }, libraryEntry);

/** Managers: proposals waiting; officers: their own proposals. */
export const getReviewList = (signal?: AbortSignal) => request('/library/review', { signal }, reviewList);

/** Attach a PDF or image (base64) to an entry. */
export const attachLibraryFile = (id: string, body: { filename: string; contentType: string; dataBase64: string }) =>
  request(`/library/${enc(id)}/files`, { method: 'POST', body }, libraryFile);

/** Where an attachment downloads from. */
export const libraryFileUrl = (id: string, fileId: string) => `/api/library/${enc(id)}/files/${enc(fileId)}`;
