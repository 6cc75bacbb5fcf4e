import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { mergeDictionaries, type Dictionary } from './merge';

export const LANGS = ['tr', 'en'] as const;
export type Lang = (typeof LANGS)[number];
const STORAGE_KEY = 'tb.lang';

function isLang(value: unknown): value is Lang {
  return value === 'tr' || value === 'en';
}

function storedLang(): Lang | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language a first visit starts in: the stored choice, else the browser's (Turkish or English). */
export function initialLang(): Lang {
  const stored = storedLang();
  if (stored) return stored;
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language.toLowerCase();
  return browser.startsWith('tr') ? 'tr' : 'en';
}

/** True once the visitor picked a language with the switch (then their account locale does not override it). */
export function hasChosenLang(): boolean {
  return storedLang() !== null;
}

/** Switch language, remember it and update <html lang>. */
export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode without storage: the switch still works for this visit.
  }
  void i18n.changeLanguage(lang);
}

/** The current language as one of ours (i18next may report a region variant). */
export function currentLang(): Lang {
  return i18n.language?.startsWith('tr') ? 'tr' : 'en';
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng.startsWith('tr') ? 'tr' : 'en';
});

const coreOf = (lang: string) => (lang === 'tr' ? import('./dictionary.tr') : import('./dictionary.en')).then((m): Dictionary => m.default);

/** Strings loaded apart from the core dictionary, once something asks for them (then with every language read). */
interface Part {
  wanted: boolean;
  /** The languages whose strings of this part are in i18next's store. */
  loadedIn: Set<string>;
  load: (lang: string) => Promise<{ default: Dictionary }>;
}
// Unit tests render pages and errors directly, without the routes or requests that load these strings.
const part = (load: Part['load']): Part => ({ wanted: import.meta.env.MODE === 'test', loadedIn: new Set(), load });
/** The other public and partner pages' strings: everything the shell, the home page and a profile do not show. */
const pages = part((lang) => (lang === 'tr' ? import('./pages.tr') : import('./pages.en')));
/** The grant scheme's, participation's, events', the library's, the account and admin pages' and the legal notices' strings. */
const areas = part((lang) => (lang === 'tr' ? import('./areas.tr') : import('./areas.en')));
/** The sentences of a 409's reason codes: only a refused change needs them. */
const conflicts = part((lang) => (lang === 'tr' ? import('./conflicts.tr.json') : import('./conflicts.en.json')));
const PARTS = [pages, areas, conflicts];

const readPart = (p: Part, lang: string): Promise<Dictionary> =>
  p.load(lang).then((m) => {
    p.loadedIn.add(lang);
    return m.default;
  });

/**
 * Loads a language's dictionary (chunks of its own) when i18next first needs it: the active one at
 * start, the other on a switch, which i18next completes before it re-renders in the new language, so
 * no key shows untranslated meanwhile. Once a page wanted a part's strings, a switch brings them too.
 */
const dictionaries: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    Promise.all([coreOf(language), ...PARTS.filter((p) => p.wanted).map((p) => readPart(p, language))]).then(
      // Parts may continue a top-level key of the core (pages.en.ts), so they merge key by key.
      (loaded) => callback(null, mergeDictionaries(...loaded)),
      (error: unknown) => callback(error instanceof Error ? error : String(error), null),
    );
  },
};

async function loadPart(p: Part): Promise<void> {
  p.wanted = true;
  // At start-up i18next has not read its dictionary yet; it will read the part with it.
  if (!i18n.isInitialized) {
    await i18nReady;
    return;
  }
  // Every language already read gets it (a switch back would not read it again); later ones bring it along.
  const missing = LANGS.filter((lang) => i18n.hasResourceBundle(lang, 'translation') && !p.loadedIn.has(lang));
  await Promise.all(missing.map(async (lang) => i18n.addResourceBundle(lang, 'translation', await readPart(p, lang), true, true)));
}

/** Adds the strings of the pages and dialogs beyond the home page and a profile (the pages that use them wait for it). */
export const loadPages = (): Promise<void> => loadPart(pages);

/**
 * Adds the strings of the grant scheme, participation, events, the library, accounts, admin and the
 * legal notices, with the other pages' (their pages use those too: partners, comments, validation).
 */
export const loadAreas = (): Promise<void> => Promise.all([loadPart(pages), loadPart(areas)]).then(() => undefined);

/** Adds the sentences of the conflict codes (the API client waits for them before it reports a 409). */
export const loadConflicts = (): Promise<void> => loadPart(conflicts);

/** Settles once the active language's dictionary is in: main.tsx renders the app after it. */
export const i18nReady: Promise<unknown> = i18n
  .use(dictionaries)
  .use(initReactI18next)
  .init({
    lng: initialLang(),
    supportedLngs: [...LANGS],
    load: 'languageOnly',
    // No fallback language: it would download the second dictionary on every visit. Both hold the
    // same keys (i18n.test.ts checks), so nothing needs one.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
if (typeof document !== 'undefined') document.documentElement.lang = currentLang();

export default i18n;
