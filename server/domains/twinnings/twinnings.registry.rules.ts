import { EU_COUNTRIES } from '../../../shared/countries';
import type { TwinningSource, TwinningStatus } from '../../../shared/twinnings';
import type { DirectoryIndex } from '../authorities/authorities.index';
import type { RegistryRow } from './twinnings.stats';
import type { TwinningFilter } from './twinnings.service';

/** A public twinning as the registry keeps it in memory: its stored sides, and the row as listed. */
export interface RegistryEntry extends RegistryRow {
  id: string;
  status: TwinningStatus;
  source: TwinningSource;
  /** Themes of its activities (the theme filter). */
  themes: ReadonlySet<string>;
  /** The list's row: Turkish side first (toListItem). */
  item: RegistryItemRow;
}

/** The list's row before the directory names its sides. */
export interface RegistryItemRow {
  id: string;
  a: { code: string | null; name: string; country: string | null; countryName: string | null };
  b: { code: string | null; name: string; country: string | null; countryName: string | null };
  status: TwinningStatus;
  since: number | null;
  source: TwinningSource;
  sources: string[];
}

const EU = new Set<string>(EU_COUNTRIES);

/** True for a twinning between a Turkish authority and one in the EU-27 (turkeyEu() in SQL). */
function turkeyEu(e: RegistryRow): boolean {
  return (e.aCountry === 'TR' && EU.has(e.bCountry ?? '')) || (e.bCountry === 'TR' && EU.has(e.aCountry ?? ''));
}

/** The registry filter as a predicate, the same conditions as registryWhere (twinnings.service.ts) in SQL. */
export function registryPredicate(f: TwinningFilter): (e: RegistryEntry) => boolean {
  const codes = f.codes ? new Set(f.codes) : null;
  return (e) =>
    (f.scope !== 'tr_eu' || turkeyEu(e)) &&
    (!f.country || e.aCountry === f.country || e.bCountry === f.country) &&
    (!codes || (e.aCode !== null && codes.has(e.aCode)) || (e.bCode !== null && codes.has(e.bCode))) &&
    (!f.status || e.status === f.status) &&
    (!f.source || e.source === f.source) &&
    (!f.theme || e.themes.has(f.theme));
}

/** The key a filter's derived figures are kept under (the same filter, the same key). */
export function filterKey(kind: string, f: TwinningFilter): string {
  return JSON.stringify([kind, f.scope ?? null, f.country ?? null, f.codes ?? null, f.status ?? null, f.source ?? null, f.theme ?? null]);
}

/**
 * Lines of the network map, compact: each located authority once in `nodes` ([lat, lon] flat), each
 * line as two indexes into them, and its status and source as indexes into `statuses` and `sources`.
 * A twinning without both sides located in the directory is left out.
 */
export function compactNetwork(rows: readonly RegistryRow[], directory: Pick<DirectoryIndex, 'get'>) {
  const nodes: number[] = [];
  const nodeOf = new Map<string, number>();
  const lines: number[] = [];
  const statuses: string[] = [];
  const sources: string[] = [];
  const status: number[] = [];
  const source: number[] = [];
  const located = (code: string | null) => {
    const a = code === null ? undefined : directory.get(code);
    return a?.lat == null || a.lon == null ? null : { code: a.code, lat: a.lat, lon: a.lon };
  };
  const node = (p: { code: string; lat: number; lon: number }): number => {
    const known = nodeOf.get(p.code);
    if (known !== undefined) return known;
    nodes.push(round(p.lat), round(p.lon));
    nodeOf.set(p.code, nodes.length / 2 - 1);
    return nodes.length / 2 - 1;
  };
  const indexIn = (list: string[], value: string) => {
    const at = list.indexOf(value);
    return at >= 0 ? at : list.push(value) - 1;
  };
  for (const r of rows) {
    const a = located(r.aCode);
    const b = located(r.bCode);
    if (!a || !b) continue;
    lines.push(node(a), node(b));
    status.push(indexIn(statuses, r.status));
    source.push(indexIn(sources, r.source));
  }
  return { nodes, lines, statuses, status, sources, source };
}

const round = (x: number) => Math.round(x * 1e3) / 1e3;
