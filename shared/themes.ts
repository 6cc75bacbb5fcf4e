/** Themes of cooperation; the list is extendable, keys are stable and translated in the UI. */
export const THEMES = [
  'environment', 'energy', 'climate_change', 'smart_cities', 'recycling', 'sustainable_tourism',
  'youth_and_sports', 'culture', 'migration_management', 'rural_development',
] as const;
export type Theme = (typeof THEMES)[number];

/** Theme names as the UI says them for text the server writes, such as match reasons (web/src/i18n/themes.test.ts keeps them equal to the dictionaries). */
export const THEME_NAMES: Record<'tr' | 'en', Record<Theme, string>> = {
  en: {
    environment: 'Environment', energy: 'Energy', climate_change: 'Climate change', smart_cities: 'Smart cities', recycling: 'Recycling',
    sustainable_tourism: 'Sustainable tourism', youth_and_sports: 'Youth and sports', culture: 'Culture', migration_management: 'Migration management', rural_development: 'Rural development',
  },
  tr: {
    environment: 'Çevre', energy: 'Enerji', climate_change: 'İklim değişikliği', smart_cities: 'Akıllı şehirler', recycling: 'Geri dönüşüm',
    sustainable_tourism: 'Sürdürülebilir turizm', youth_and_sports: 'Gençlik ve spor', culture: 'Kültür', migration_management: 'Göç yönetimi', rural_development: 'Kırsal kalkınma',
  },
};

/** Languages an authority can work in (ISO 639-1), offered in profile forms. */
export const LANGUAGES = [
  'tr', 'en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'el', 'bg', 'ro', 'hu', 'pl', 'cs', 'sk', 'sl', 'hr',
  'sv', 'da', 'fi', 'et', 'lv', 'lt', 'mt', 'ga',
] as const;
