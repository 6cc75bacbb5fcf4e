import { fold } from '../../../shared/text/fold';

/**
 * Historical names and the population exchange of 1923: Greek towns founded by refugees from Anatolia
 * carry the old name of their town of origin, usually with "Nea" (new) before it (Nea Moudania ↔
 * Mudanya, Nea Smyrni ↔ İzmir). This file matches the alternate names GeoNames gives Turkish places
 * (Greek and Latin script) with EU place names. Pure: the data comes in as rows, no twinning pair is used.
 */

/** A Turkish place of the alternate-names file, tied to the directory by authority codes. */
export interface OldNamePlace {
  /** Its name today (Mudanya). */
  name: string;
  authorityCodes: string[];
  /** Greek-script alternate names (Σμύρνη). */
  greek: string[];
  /** Latin-script historic names and exonyms (Smyrna, Mudania, Kydoniai). */
  latin: string[];
}

/** An EU place as the directory names it: national name, Latin-script name where known. */
export interface EuPlaceName {
  code: string;
  country: string;
  name: string;
  nameLatin: string | null;
}

/** One match: the EU place carries `oldName`, an old name of the Turkish authority. */
export interface HistoryMatch {
  trCode: string;
  euCode: string;
  oldName: string;
  /** 1 for the refugee form "Nea X", 0.5 for the bare old name (weaker: a shared name may be a coincidence). */
  value: number;
}

/** "Koinotita", "Dimotiki koinotita" ...: the Greek words for a community that LAU names start with. */
const COMMUNITY = new Set(['koinotita', 'dimotiki', 'psevdodimotiki', 'topiki', 'dimos']);
/** "New" in Greek, in the nominative and genitive forms LAU and GeoNames names use. */
const NEW = new Set(['nea', 'neo', 'neos', 'nei', 'neoi', 'neai', 'neas', 'neou', 'neon', 'nees']);
const PUNCT = /['’]/;
const MAYBE_NEW = /(^|\s)(n[eé][aoiáóí][iısuon]{0,2}|ν[έε][αοιωάόίώ][ιςυνί]{0,2})\s/i;
/** Below this many letters a stem says too little (Kale, Ada) to call a name shared. */
const MIN_STEM = 4;
/** An old name that many Turkish places share (Kale: "castle") names none of them. */
const MAX_PLACES_PER_NAME = 3;
/** The bare old name is only said for places whose names are Greek: elsewhere it is likely chance. */
const GREEK_COUNTRIES = new Set(['EL', 'CY']);

/**
 * A spelling-free key of a name: transliteration variants folded together (Moudhania, Mudania and
 * Μουδανιών all give "mudan"), and the case ending taken off, because Greek LAU names are genitives
 * (Κοινότητα Νέας Σμύρνης) while old names are nominatives (Σμύρνη, Smyrna).
 */
export function nameKey(folded: string): string {
  const s = folded
    .replace(/ /g, '')
    .replace(/ou/g, 'u')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/kh|ch/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/gh/g, 'g')
    .replace(/ei|oi|y/g, 'i')
    .replace(/ai|ae/g, 'e')
    .replace(/c/g, 'k')
    .replace(/b/g, 'v')
    .replace(/(.)\1+/g, '$1');
  return s.replace(/[aeiou]+[sn]?$/, '');
}

/** The EU name split into its "new" prefix and the rest, community words dropped; null when nothing is left. */
export function splitNew(name: string): { isNew: boolean; rest: string } | null {
  const words = fold(name).split(' ').filter((w) => w.length > 0);
  while (words.length && COMMUNITY.has(words[0]!)) words.shift();
  const isNew = words.length > 1 && NEW.has(words[0]!);
  const rest = (isNew ? words.slice(1) : words).join(' ');
  return rest ? { isNew, rest } : null;
}

interface OldName {
  trCode: string;
  oldName: string;
  greek: boolean;
}

/**
 * Old names by key. Left out: keys shared by too many places; machine transliterations, which GeoNames
 * writes in lower case (marmarys, aywalq); and a name that is another place's name today (GeoNames lists
 * "Mudanya" among Sapanca's names), which would say that a town carries the old name of its neighbour.
 */
function oldNameIndex(places: readonly OldNamePlace[]): Map<string, OldName[]> {
  const index = new Map<string, OldName[]>();
  const today = new Map<string, Set<string>>();
  for (const p of places) today.set(nameKey(fold(p.name)), new Set([...(today.get(nameKey(fold(p.name))) ?? []), ...p.authorityCodes]));
  for (const p of places) {
    const names = [...p.greek.map((n) => ({ n, greek: true })), ...p.latin.map((n) => ({ n, greek: false }))];
    for (const { n, greek } of names) {
      if (n[0] === n[0]!.toLowerCase()) continue;
      const key = nameKey(fold(n));
      if (key.length < MIN_STEM) continue;
      const owners = today.get(key);
      if (owners && !p.authorityCodes.some((c) => owners.has(c))) continue;
      const list = index.get(key) ?? index.set(key, []).get(key)!;
      for (const trCode of p.authorityCodes) {
        const same = list.find((o) => o.trCode === trCode);
        if (!same) list.push({ trCode, oldName: n, greek });
        // Said in its Greek form where GeoNames has one, else the plainest Latin spelling (Mudania, not Mudan'i).
        else if ((greek && !same.greek) || (greek === same.greek && PUNCT.test(same.oldName) && !PUNCT.test(n))) Object.assign(same, { oldName: n, greek });
      }
    }
  }
  for (const [key, list] of index) if (new Set(list.map((o) => o.trCode)).size > MAX_PLACES_PER_NAME) index.delete(key);
  return index;
}

/**
 * Every (Turkish authority, EU place) whose EU name is an old name of the Turkish place: "Nea X" where X
 * is any old name of it, or, in Greece and Cyprus, the bare Greek-script old name. One pass over the EU
 * places with a map look-up each, so it runs once when the graph is built, never per request.
 */
export function historicalMatches(places: readonly OldNamePlace[], eu: readonly EuPlaceName[]): HistoryMatch[] {
  const index = oldNameIndex(places);
  const out = new Map<string, HistoryMatch>();
  for (const e of eu) {
    // Folding costs: outside Greece and Cyprus only a name with a "new" word can match.
    if (!GREEK_COUNTRIES.has(e.country) && !MAYBE_NEW.test(e.name) && !(e.nameLatin && MAYBE_NEW.test(e.nameLatin))) continue;
    for (const name of e.nameLatin ? [e.name, e.nameLatin] : [e.name]) {
      const split = splitNew(name);
      if (!split) continue;
      if (!split.isNew && !GREEK_COUNTRIES.has(e.country)) continue;
      for (const o of index.get(nameKey(split.rest)) ?? []) {
        if (!split.isNew && !o.greek) continue;
        const value = split.isNew ? 1 : 0.5;
        const key = `${o.trCode}|${e.code}`;
        if ((out.get(key)?.value ?? 0) < value) out.set(key, { trCode: o.trCode, euCode: e.code, oldName: o.oldName, value });
      }
    }
  }
  return [...out.values()];
}
