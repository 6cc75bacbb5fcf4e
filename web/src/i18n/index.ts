import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import applicationsEn from './applications.en.json';
import applicationsTr from './applications.tr.json';
import commentsEn from './comments.en.json';
import commentsTr from './comments.tr.json';
import conflictsEn from './conflicts.en.json';
import conflictsTr from './conflicts.tr.json';
import en from './en.json';
import evaluationEn from './evaluation.en.json';
import eventsEn from './events.en.json';
import eventsTr from './events.tr.json';
import evaluationTr from './evaluation.tr.json';
import grantsEn from './grants.en.json';
import grantsTr from './grants.tr.json';
import homeEn from './home.en.json';
import homeTr from './home.tr.json';
import legalEn from './legal.en.json';
import legalTr from './legal.tr.json';
import newsEn from './news.en.json';
import newsTr from './news.tr.json';
import libraryEn from './library.en.json';
import libraryTr from './library.tr.json';
import participationEn from './participation.en.json';
import participationTr from './participation.tr.json';
import resultsEn from './results.en.json';
import resultsTr from './results.tr.json';
import tr from './tr.json';

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

void i18n.use(initReactI18next).init({
  // Areas with their own dictionary files (top-level key of their own) are merged in here.
  resources: { en: { translation: { ...en, ...grantsEn, ...applicationsEn, ...evaluationEn, ...conflictsEn, ...homeEn, ...legalEn, ...participationEn, ...commentsEn, ...newsEn, ...libraryEn, ...eventsEn, ...resultsEn } }, tr: { translation: { ...tr, ...grantsTr, ...applicationsTr, ...evaluationTr, ...conflictsTr, ...homeTr, ...legalTr, ...participationTr, ...commentsTr, ...newsTr, ...libraryTr, ...eventsTr, ...resultsTr } } },
  lng: initialLang(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
if (typeof document !== 'undefined') document.documentElement.lang = currentLang();

export default i18n;
