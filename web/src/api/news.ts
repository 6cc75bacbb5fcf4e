import { newsList, newsPost, type NewsCoverUpload, type NewsInput, type NewsList, type NewsPost } from '../../../shared/news';
import { request } from './client';

export type { NewsInput, NewsList, NewsPost };
const enc = encodeURIComponent;

/** Published posts newest first (or drafts, for managers and admins). */
export const listNews = (q: { limit?: number; offset?: number; status?: 'draft' | 'published' }, signal?: AbortSignal) => request('/news', { query: q, signal }, newsList);
export const getNews = (id: string, signal?: AbortSignal) => request(`/news/${enc(id)}`, { signal }, newsPost);
export const createNews = (body: NewsInput) => request('/news', { method: 'POST', body }, newsPost);
export const updateNews = (id: string, body: NewsInput) => request(`/news/${enc(id)}`, { method: 'PUT', body }, newsPost);
export const publishNews = (id: string) => request(`/news/${enc(id)}/publish`, { method: 'POST' }, newsPost);
export const setNewsCover = (id: string, body: { filename: string; contentType: string; dataBase64: string }) =>
  request(`/news/${enc(id)}/cover`, { method: 'PUT', body: body as NewsCoverUpload }, newsPost);
