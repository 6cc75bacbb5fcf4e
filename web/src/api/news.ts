import type { newsList, newsPost, NewsCoverUpload, NewsInput, NewsList, NewsPost } from '../../../shared/news';
import { request } from './client';

export type { NewsInput, NewsList, NewsPost };
const enc = encodeURIComponent;

/** Published posts newest first (or drafts, for managers and admins). */
export const listNews = (q: { limit?: number; offset?: number; status?: 'draft' | 'published' }, signal?: AbortSignal) => request<typeof newsList>('/news', { query: q, signal });
export const getNews = (id: string, signal?: AbortSignal) => request<typeof newsPost>(`/news/${enc(id)}`, { signal });
export const createNews = (body: NewsInput) => request<typeof newsPost>('/news', { method: 'POST', body });
export const updateNews = (id: string, body: NewsInput) => request<typeof newsPost>(`/news/${enc(id)}`, { method: 'PUT', body });
export const publishNews = (id: string) => request<typeof newsPost>(`/news/${enc(id)}/publish`, { method: 'POST' });
export const setNewsCover = (id: string, body: { filename: string; contentType: string; dataBase64: string }) =>
  request<typeof newsPost>(`/news/${enc(id)}/cover`, { method: 'PUT', body: body as NewsCoverUpload });
