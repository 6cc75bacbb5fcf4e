import type { AuthoritySummary } from '../../../shared/authorities';

/** What naming needs of the directory: a look-up by code. */
export interface NameSource {
  get(code: string): AuthoritySummary | undefined;
}

/**
 * A side of a twinning (or any record that keeps a name of its own) named as the directory names
 * it when it is tied to a code: imported lists say "Vienna" or "Salonica", the directory "Wien" and
 * "Ψευδοδημοτική Κοινότητα Θεσσαλονίκης" with its Latin name, and every page then applies the same
 * displayName rule (shared/authorityNames) to the same strings. An untied side keeps its own name.
 */
export function directoryNamed<T extends { code: string | null; name: string }>(directory: NameSource, side: T): T & { nameLatin: string | null } {
  const a = side.code ? directory.get(side.code) : undefined;
  return a ? { ...side, name: a.name, nameLatin: a.nameLatin } : { ...side, nameLatin: null };
}
