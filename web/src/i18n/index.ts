import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

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

type Dictionary = Record<string, unknown>;
const coreOf = (lang: string) => (lang === 'tr' ? import('./dictionary.tr') : import('./dictionary.en')).then((m): Dictionary => m.default);
/** The languages whose area strings are in i18next's store. */
const areasIn = new Set<string>();
const areasOf = (lang: string) =>
  (lang === 'tr' ? import('./areas.tr') : import('./areas.en')).then((m): Dictionary => {
    areasIn.add(lang);
    return m.default;
  });

// Unit tests render area pages directly, without the routes that load their strings.
let areasWanted = import.meta.env.MODE === 'test';

/**
 * Loads a language's dictionary (chunks of its own) when i18next first needs it: the active one at
 * start, the other on a switch, which i18next completes before it re-renders in the new language, so
 * no key shows untranslated meanwhile. Once a page wanted the areas' strings, a switch brings them too.
 */
const dictionaries: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    Promise.all([coreOf(language), areasWanted ? areasOf(language) : {}]).then(
      ([core, areas]) => callback(null, { ...core, ...areas }),
      (error: unknown) => callback(error instanceof Error ? error : String(error), null),
    );
  },
};

/** Adds the strings of the grant scheme, participation, events and the library (the pages that use them wait for it). */
export async function loadAreas(): Promise<void> {
  areasWanted = true;
  // At start-up (a first visit to such a page) i18next has not read its dictionary yet; it will read the areas with it.
  if (!i18n.isInitialized) {
    await i18nReady;
    return;
  }
  // Every language already read gets them (a switch back would not read it again); later ones bring them along.
  const missing = LANGS.filter((lang) => i18n.hasResourceBundle(lang, 'translation') && !areasIn.has(lang));
  await Promise.all(missing.map(async (lang) => i18n.addResourceBundle(lang, 'translation', await areasOf(lang), true, true)));
}

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
