import type { DirectoryIndex } from '../authorities/authorities.index';

export interface RegistryRow {
  aCode: string | null;
  bCode: string | null;
  aCountry: string | null;
  bCountry: string | null;
  status: string;
  source: string;
}

/** Twinnings per country and per Turkish province, and by status (pure, from the rows and the directory). */
export function registryCounts(rows: readonly RegistryRow[], directory: Pick<DirectoryIndex, 'get'>) {
  const byCountry: Record<string, number> = {};
  const byProvince: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
  for (const r of rows) {
    bump(byStatus, r.status);
    for (const c of new Set([r.aCountry, r.bCountry])) if (c) bump(byCountry, c);
    for (const code of [r.aCode, r.bCode]) {
      const a = code ? directory.get(code) : undefined;
      if (a?.country === 'TR' && a.regionName) bump(byProvince, a.regionName);
    }
  }
  return { total: rows.length, byCountry, byProvince, byStatus };
}
