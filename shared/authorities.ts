import { z } from 'zod';
import { COUNTRIES, isCountry, toIsoCountry } from './countries';
import { LANGUAGES, THEMES } from './themes';

import { AUTHORITY_TYPES } from './authorityTypes';

export { AUTHORITY_TYPES, type AuthorityType } from './authorityTypes';

export const SORTS = ['relevance', 'name', 'population', '-population', 'distance'] as const;

const country = z
  .string()
  .transform(toIsoCountry)
  .refine(isCountry, { message: `must be one of ${COUNTRIES.join(', ')} (EL is accepted for Greece)` });

const latLon = z
  .string()
  .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, 'must be LAT,LON in decimal degrees')
  .transform((s) => s.split(',').map(Number) as [number, number])
  .refine(([lat, lon]) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180, 'latitude or longitude out of range');

/** Query of the directory search; the same object drives the API and the directory page's URL. */
export const authoritySearchQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    country: country.optional(),
    type: z.enum(AUTHORITY_TYPES).optional(),
    region: z.string().trim().max(60).optional(),
    minPopulation: z.coerce.number().int().min(0).optional(),
    maxPopulation: z.coerce.number().int().min(0).optional(),
    near: latLon.optional(),
    radiusKm: z.coerce.number().positive().max(5000).optional(),
    sort: z.enum(SORTS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .refine((q) => q.minPopulation === undefined || q.maxPopulation === undefined || q.minPopulation <= q.maxPopulation, {
    message: 'must not be greater than maxPopulation',
    path: ['minPopulation'],
  })
  .refine((q) => q.sort !== 'distance' || q.near !== undefined, { message: 'needs near=LAT,LON', path: ['sort'] });
export type AuthoritySearchQuery = z.output<typeof authoritySearchQuery>;

/** One row of the directory: what lists, maps and other domains need of an authority. */
export const authoritySummary = z.object({
  code: z.string(),
  name: z.string(),
  nameLatin: z.string().nullable(),
  country: z.string(),
  type: z.enum(AUTHORITY_TYPES),
  population: z.number().int().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  region: z.string().nullable(),
  regionName: z.string().nullable(),
  distanceKm: z.number().optional(),
});
export type AuthoritySummary = z.infer<typeof authoritySummary>;

export const authoritySearchResult = z.object({ items: z.array(authoritySummary), total: z.number().int() });
export type AuthoritySearchResult = z.infer<typeof authoritySearchResult>;

export const contactOfficer = z.object({ name: z.string(), email: z.string(), position: z.string().nullable() });

/** The editable part of a profile: what an officer may change for their own authority. */
export const authorityProfileUpdate = z
  .object({
    descriptionEn: z.string().trim().max(5000),
    descriptionTr: z.string().trim().max(5000),
    themes: z.array(z.enum(THEMES)).max(THEMES.length),
    languages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length),
    website: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(300)]),
    email: z.union([z.literal(''), z.email().max(200)]),
    phone: z.string().trim().max(40).regex(/^[+0-9 ()-]*$/, 'digits, spaces, + ( ) - only'),
  })
  .partial();
export type AuthorityProfileUpdate = z.infer<typeof authorityProfileUpdate>;

export const authorityProfile = authoritySummary.extend({
  province: z.string().nullable(),
  district: z.string().nullable(),
  nuts2: z.string().nullable(),
  areaKm2: z.number().nullable(),
  coordSource: z.string().nullable(),
  descriptionEn: z.string(),
  descriptionTr: z.string(),
  themes: z.array(z.enum(THEMES)),
  languages: z.array(z.string()),
  website: z.string(),
  email: z.string(),
  phone: z.string(),
  updatedAt: z.string(),
  /** Only present for signed-in users. */
  officers: z.array(contactOfficer).optional(),
});
export type AuthorityProfile = z.infer<typeof authorityProfile>;

/** Every located authority as parallel arrays: coords are flat [lat, lon, lat, lon, ...]. */
export const mapPoints = z.object({ countries: z.array(z.string()), codes: z.array(z.string()), coords: z.array(z.number()), country: z.array(z.number()) });
export type MapPoints = z.infer<typeof mapPoints>;

/** Counts of the directory by country and by type. */
export const directoryFacets = z.object({ total: z.number(), countries: z.record(z.string(), z.number()), types: z.record(z.string(), z.number()) });
export type Facets = z.infer<typeof directoryFacets>;
