import type { libraryEntry, libraryFile, librarySearchResult, reviewList, EntryInput, LibraryEntry, LibraryHit, LibrarySearchResult } from '../../../shared/knowledge';
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
export const searchLibrary = (query: LibraryQuery, signal?: AbortSignal) => request<typeof librarySearchResult>('/library', { query: { ...query }, signal });

export const getLibraryEntry = (id: string, signal?: AbortSignal) => request<typeof libraryEntry>(`/library/${enc(id)}`, { signal });

/** An officer's (or a manager's) proposal; it waits for a programme manager. */
export const proposeEntry = (body: EntryBody) => request<typeof libraryEntry>('/library', { method: 'POST', body });

export const decideEntry = (id: string, action: 'publish' | 'reject', reason = '') =>
  request<typeof libraryEntry>(`/library/${enc(id)}/decision`, { method: 'POST', body: { action, reason } });

/** Managers: proposals waiting; officers: their own proposals. */
export const getReviewList = (signal?: AbortSignal) => request<typeof reviewList>('/library/review', { signal });

/** Attach a PDF or image (base64) to an entry. */
export const attachLibraryFile = (id: string, body: { filename: string; contentType: string; dataBase64: string }) =>
  request<typeof libraryFile>(`/library/${enc(id)}/files`, { method: 'POST', body });

/** Where an attachment downloads from. */
export const libraryFileUrl = (id: string, fileId: string) => `/api/library/${enc(id)}/files/${enc(fileId)}`;
