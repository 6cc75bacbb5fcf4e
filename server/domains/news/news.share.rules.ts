import type { ShareTags } from '../../platform/share';

/*
 * Which public page a path is, and the words of its share tags: pure, so the mapping and the texts are
 * tested without a database. The resolver (news.share.ts) fetches what a page names.
 */

export type SharePage =
  | { kind: 'home' | 'news' | 'openData' | 'authorities' | 'twinnings' | 'consultations' | 'other' }
  | { kind: 'authority' | 'twinning' | 'project' | 'consultation' | 'newsPost'; id: string };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PAGES: [RegExp, SharePage['kind']][] = [
  [/^\/authorities\/([A-Za-z0-9_-]{1,80})$/, 'authority'],
  [new RegExp(`^/twinnings/(${UUID})$`, 'i'), 'twinning'],
  [new RegExp(`^/grants/projects/(${UUID})$`, 'i'), 'project'],
  [new RegExp(`^/consultations/(${UUID})$`, 'i'), 'consultation'],
  [new RegExp(`^/news/(${UUID})$`, 'i'), 'newsPost'],
];
const LISTS: Record<string, SharePage['kind']> = { '/': 'home', '/news': 'news', '/open-data': 'openData', '/authorities': 'authorities', '/twinnings': 'twinnings', '/consultations': 'consultations' };

/** The page a path (without query) shows. */
export function sharePage(path: string): SharePage {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const list = LISTS[clean];
  if (list) return { kind: list } as SharePage;
  for (const [re, kind] of PAGES) {
    const m = re.exec(clean);
    if (m) return { kind, id: decodeURIComponent(m[1]!) } as SharePage;
  }
  return { kind: 'other' };
}

type Lang = 'tr' | 'en';
const SITE: Record<Lang, { title: string; description: string }> = {
  tr: { title: 'TwinBridge — Türkiye ve AB arasında kardeş şehirler', description: 'Türk ve AB yerel yönetimleri için kardeş şehir platformu: rehber, ortak arama, kardeş şehir kaydı, hibe programı ve açık sonuçlar.' },
  en: { title: 'TwinBridge — town twinning between Turkey and the EU', description: 'The town twinning platform for Turkish and EU local authorities: directory, partner search, twinning registry, grant scheme and open results.' },
};
const LIST_TITLES: Record<Lang, Record<'news' | 'openData' | 'authorities' | 'twinnings' | 'consultations', string>> = {
  tr: { news: 'Haberler', openData: 'Açık veri', authorities: 'Yerel yönetimler rehberi', twinnings: 'Kardeş şehir kaydı', consultations: 'Danışmalar' },
  en: { news: 'News', openData: 'Open data', authorities: 'Directory of local authorities', twinnings: 'Twinning registry', consultations: 'Consultations' },
};
const LIST_DESCRIPTIONS: Partial<Record<Lang, Partial<Record<SharePage['kind'], string>>>> = {
  tr: { openData: 'Platformun yayımladığı tüm açık veri setleri: biçimleri, lisansları ve kalıcı adresleri.', news: 'Kardeş şehir programından haberler.' },
  en: { openData: 'Every open dataset the platform publishes, with its formats, licence and stable address.', news: 'News of the town twinning programme.' },
};

/** The site's own tags, for the home page and any page without tags of its own. */
export function siteTags(lang: Lang, base: string, path: string): ShareTags {
  return { ...SITE[lang], image: `${base}/og-image.png`, url: `${base}${path}`, lang };
}

/** Tags of a list page (news, open data, directory…), or the site's for any other. */
export function listTags(page: SharePage, lang: Lang, base: string, path: string): ShareTags {
  const site = siteTags(lang, base, path);
  if (page.kind in LIST_TITLES[lang]) {
    const title = LIST_TITLES[lang][page.kind as keyof (typeof LIST_TITLES)['en']];
    return { ...site, title: `${title} — TwinBridge`, description: LIST_DESCRIPTIONS[lang]?.[page.kind] ?? site.description };
  }
  return site;
}
