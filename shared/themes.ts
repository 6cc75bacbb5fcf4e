/** Themes of cooperation; the list is extendable, keys are stable and translated in the UI. */
export const THEMES = [
  'environment', 'energy', 'climate_change', 'smart_cities', 'recycling', 'sustainable_tourism',
  'youth_and_sports', 'culture', 'migration_management', 'rural_development',
] as const;
export type Theme = (typeof THEMES)[number];

/** Languages an authority can work in (ISO 639-1), offered in profile forms. */
export const LANGUAGES = [
  'tr', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'el', 'bg', 'ro', 'hu', 'pl', 'cs', 'sk', 'sl', 'hr',
  'sv', 'da', 'fi', 'et', 'lv', 'lt', 'mt', 'ga',
] as const;
