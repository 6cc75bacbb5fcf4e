import type { authorityProfile, authoritySearchResult, directoryFacets, AuthorityProfileUpdate, Facets, MapPoints } from '../../../shared/authorities';
import { request, requestUnparsed, type QueryValue } from './client';

export type { Facets, MapPoints };

const enc = encodeURIComponent;

/** Search the directory with the same parameters the directory page keeps in its URL. */
export const searchAuthorities = (query: Record<string, QueryValue>, signal?: AbortSignal) =>
  request<typeof authoritySearchResult>('/authorities', { query, signal });

/** Counts by country and type. */
export const getFacets = (signal?: AbortSignal) => request<typeof directoryFacets>('/authorities/facets', { signal });

/** All map points (about 95k; not schema-parsed to keep it fast). */
export const getMapPoints = (signal?: AbortSignal) => requestUnparsed<MapPoints>('/authorities/points', { signal });

/** One authority's profile; contact officers are included for signed-in users. */
export const getAuthority = (code: string, signal?: AbortSignal) => request<typeof authorityProfile>(`/authorities/${enc(code)}`, { signal });

/** Save profile changes (the authority's officers and admins). */
export const updateAuthority = (code: string, body: AuthorityProfileUpdate) =>
  request<typeof authorityProfile>(`/authorities/${enc(code)}`, { method: 'PATCH', body });
