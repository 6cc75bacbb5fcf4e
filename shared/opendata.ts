/*
 * Every public dataset the platform publishes, for the open-data page and its test (which requests each
 * URL and checks the answer and content type). Titles and descriptions are translated in the web app
 * (news.{en,tr}.json, openData.datasets.<key>); URLs are stable API paths.
 */

export const LICENCES = {
  'cc-by-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'cc-by-sa-4.0': { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  /** Reference data kept under its sources' terms (data/README.md): MIT (TurkiyeAPI), CC BY 4.0 (GeoNames), © EuroGeographics (Eurostat GISCO). */
  sources: { name: 'MIT · CC BY 4.0 · © EuroGeographics', url: null },
} as const;
export type LicenceKey = keyof typeof LICENCES;

export const DATA_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  iati: 'application/xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
} as const;
export type DataFormat = keyof typeof DATA_TYPES;

export interface Distribution {
  format: DataFormat;
  /** A path on this site; `{id}` stands for one item of `each` (a programme or a consultation). */
  url: string;
}

export interface OpenDataset {
  key: 'authorities' | 'twinnings' | 'programmes' | 'projects' | 'iati' | 'consultations' | 'consultationResults' | 'news' | 'events' | 'library' | 'stats' | 'api';
  licence: LicenceKey;
  distributions: Distribution[];
  /** For a dataset published per item: where the items (and their ids) are listed. */
  each?: { kind: 'programme' | 'consultation'; list: string };
}

/** The datasets, in the order the page shows them. */
export const OPEN_DATASETS: readonly OpenDataset[] = [
  { key: 'authorities', licence: 'sources', distributions: [{ format: 'json', url: '/api/authorities?limit=100' }] },
  // The registry holds twinnings loaded from Wikipedia's lists (CC BY-SA 4.0): share-alike carries over.
  {
    key: 'twinnings',
    licence: 'cc-by-sa-4.0',
    distributions: [
      { format: 'csv', url: '/api/twinnings/export.csv?lang=en' },
      { format: 'csv', url: '/api/twinnings/export.csv?lang=tr' },
      { format: 'xlsx', url: '/api/twinnings/export.xlsx?lang=en' },
      { format: 'json', url: '/api/twinnings?scope=tr_eu' },
    ],
  },
  { key: 'programmes', licence: 'cc-by-4.0', distributions: [{ format: 'json', url: '/api/programmes' }] },
  { key: 'projects', licence: 'cc-by-4.0', distributions: [{ format: 'json', url: '/api/projects' }] },
  { key: 'iati', licence: 'cc-by-4.0', distributions: [{ format: 'iati', url: '/api/programmes/{id}/iati.xml' }], each: { kind: 'programme', list: '/api/programmes' } },
  { key: 'consultations', licence: 'cc-by-4.0', distributions: [{ format: 'json', url: '/api/consultations' }] },
  {
    key: 'consultationResults',
    licence: 'cc-by-4.0',
    distributions: [
      { format: 'csv', url: '/api/consultations/{id}/results/export?format=csv&lang=en' },
      { format: 'xlsx', url: '/api/consultations/{id}/results/export?format=xlsx&lang=en' },
    ],
    each: { kind: 'consultation', list: '/api/consultations' },
  },
  {
    key: 'news',
    licence: 'cc-by-4.0',
    distributions: [
      { format: 'atom', url: '/api/feed.atom?lang=tr' },
      { format: 'atom', url: '/api/feed.atom?lang=en' },
      { format: 'json', url: '/api/news' },
    ],
  },
  {
    key: 'events',
    licence: 'cc-by-4.0',
    distributions: [
      { format: 'ics', url: '/api/events.ics?lang=en' },
      { format: 'ics', url: '/api/events.ics?lang=tr' },
      { format: 'json', url: '/api/events' },
    ],
  },
  { key: 'library', licence: 'cc-by-4.0', distributions: [{ format: 'json', url: '/api/library' }] },
  { key: 'stats', licence: 'cc-by-4.0', distributions: [{ format: 'json', url: '/api/stats' }] },
  { key: 'api', licence: 'cc-by-4.0', distributions: [{ format: 'json', url: '/api/openapi.json' }] },
];

/** A distribution's URL for one item of a per-item dataset. */
export function itemUrl(d: Distribution, id: string): string {
  return d.url.replace('{id}', encodeURIComponent(id));
}
