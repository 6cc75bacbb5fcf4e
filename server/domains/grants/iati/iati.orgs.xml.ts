import { el, type XmlAttrs, type XmlElement } from './iati.xml';

/** Elements shared by the activity and its money: narratives in two languages and organisations. */

/** IATI OrganisationType of every authority (lead or partner): local government. */
export const AUTHORITY_ORG_TYPE = '11';

// English always (the file's default language), Turkish when given: no empty translation is published.
export function bilingual(tag: string, en: string, tr: string, attrs: XmlAttrs = {}): XmlElement {
  const narrative = (lang: string, text: string) => el('narrative', { 'xml:lang': lang }, text.trim());
  return el(tag, attrs, [narrative('en', en), ...(tr.trim() === '' ? [] : [narrative('tr', tr)])]);
}

// An organisation element (reporting, participating, provider, receiver); no ref when it has no code.
export function orgEl(tag: string, ref: string | null, type: string, name: string, role?: string): XmlElement {
  return el(tag, { ref, type, role }, [el('narrative', {}, name)]);
}

