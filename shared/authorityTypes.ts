// The kinds of authority, apart from authorities.ts's schemas so the web app's first visit (a profile's
// type badge) names them without loading zod.

/** Kinds of local authority; TR kinds come from the municipality data, the rest are extendable. */
export const AUTHORITY_TYPES = [
  'metropolitan_municipality', 'province_center', 'district_center', 'town',
  'special_provincial_administration', 'union_of_municipalities', 'governorate', 'district_governorate',
  'municipality', 'region',
] as const;
export type AuthorityType = (typeof AUTHORITY_TYPES)[number];
