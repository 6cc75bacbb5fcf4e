import {
  authorityProfile,
  authoritySearchResult,
  directoryFacets,
  type AuthorityProfileUpdate,
  type Facets,
  type MapPoints,
} from '../../../shared/authorities';
import { request, requestUnparsed, type QueryValue } from './client';

export type { Facets, MapPoints };

const enc = encodeURIComponent;

/** Search the directory with the same parameters the directory page keeps in its URL. */
export const searchAuthorities = (query: Record<string, QueryValue>, signal?: AbortSignal) =>
  request('/authorities', { query, signal }, authoritySearchResult);

/** Counts by country and type. */
export const getFacets = (signal?: AbortSignal) => request('/authorities/facets', { signal }, directoryFacets);

/** All map points (about 95k; not schema-parsed to keep it fast). */
export const getMapPoints = (signal?: AbortSignal) => requestUnparsed<MapPoints>('/authorities/points', { signal });

/** One authority's profile; contact officers are included for signed-in users. */
export const getAuthority = (code: string, signal?: AbortSignal) => request(`/authorities/${enc(code)}`, { signal }, authorityProfile);

/** Save profile changes (the authority's officers and admins). */
export const updateAuthority = (code: string, body: AuthorityProfileUpdate) =>
  request(`/authorities/${enc(code)}`, { method: 'PATCH', body }, authorityProfile);
