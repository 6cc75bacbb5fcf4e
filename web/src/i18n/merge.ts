// A top-level key may be split between dictionary chunks (e.g. `twinnings`: the states a profile shows
// load at start, the registry's strings with the other pages), so chunks merge key by key, not by
// top-level key. Pure: the e2e helpers merge the files the same way.

export type Dictionary = { [key: string]: unknown };

const isTree = (value: unknown): value is Dictionary => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The dictionaries merged at every depth (later ones win on a clash; dictionaries.test.ts keeps them disjoint). */
export function mergeDictionaries(...dictionaries: Dictionary[]): Dictionary {
  const out: Dictionary = {};
  for (const dictionary of dictionaries) {
    for (const [key, value] of Object.entries(dictionary)) {
      const here = out[key];
      out[key] = isTree(here) && isTree(value) ? mergeDictionaries(here, value) : value;
    }
  }
  return out;
}
