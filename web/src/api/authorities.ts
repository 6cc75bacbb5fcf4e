import { z } from 'zod';
import {
  authorityProfile,
  authoritySearchResult,
  type AuthorityProfile,
  type AuthorityProfileUpdate,
  type AuthoritySearchResult,
} from '../../../shared/authorities';
import { request, type QueryValue } from './client';

export const facetsSchema = z.object({
  total: z.number(),
  countries: z.record(z.string(), z.number()),
  types: z.record(z.string(), z.number()),
});
export type Facets = z.infer<typeof facetsSchema>;

/** Every located authority as parallel arrays: coords are flat [lat, lon, lat, lon, ...]. */
export interface MapPoints {
  countries: string[];
  codes: string[];
  coords: number[];
  country: number[];
}

/** Search the directory with the same parameters the directory page keeps in its URL. */
export function searchAuthorities(query: Record<string, QueryValue>, signal?: AbortSignal): Promise<AuthoritySearchResult> {
  return request('/authorities', { query, signal }, authoritySearchResult);
}

/** Counts by country and type. */
export function getFacets(signal?: AbortSignal): Promise<Facets> {
  return request('/authorities/facets', { signal }, facetsSchema);
}

/** All map points (about 95k; not schema-parsed to keep it fast). */
export function getMapPoints(signal?: AbortSignal): Promise<MapPoints> {
  return request<MapPoints>('/authorities/points', { signal });
}

/** One authority's profile; contact officers are included for signed-in users. */
export function getAuthority(code: string, signal?: AbortSignal): Promise<AuthorityProfile> {
  return request(`/authorities/${encodeURIComponent(code)}`, { signal }, authorityProfile);
}

/** Save profile changes (the authority's officers and admins). */
export function updateAuthority(code: string, body: AuthorityProfileUpdate): Promise<AuthorityProfile> {
  return request(`/authorities/${encodeURIComponent(code)}`, { method: 'PATCH', body }, authorityProfile);
}
