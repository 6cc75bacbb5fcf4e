import type {
  AuthoritySearchQuery,
  AuthoritySearchResult,
  AuthoritySummary,
} from '../../../shared/authorities';
import { fold, trigrams } from '../../../shared/text/fold';
import { distanceKm } from './geo';
import { coreName } from './authorities.rules';

/** Relevance tiers of a name match, best first; typo matches rank below all of them. */
const EXACT = 4;
const PREFIX = 3;
const WORD_PREFIX = 2;
const SUBSTRING = 1;
const MIN_SIMILARITY = 0.35;

interface Entry {
  summary: AuthoritySummary;
  /** ' '-prefixed folded words of every name form, for prefix and substring tests. */
  text: string;
  keys: string[];
  regionKey: string;
}

/**
 * The directory search index: compact in-memory arrays over every authority, so a search is a scan
 * of ~100k short strings plus a trigram lookup for typos, independent of the database's collation.
 * Pure: it is built from rows and knows nothing of where they came from.
 */
export class DirectoryIndex {
  private entries: Entry[] = [];
  private byCode = new Map<string, number>();
  private byPopulation: number[] = [];
  private byName: number[] = [];
  private postings = new Map<string, number[]>();
  private keyOwner: number[] = [];
  private keySize: number[] = [];

  constructor(rows: AuthoritySummary[] = []) {
    this.replaceAll(rows);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Rebuild from scratch (start-up, or after a bulk load). */
  replaceAll(rows: AuthoritySummary[]): void {
    this.entries = [];
    this.byCode.clear();
    this.postings.clear();
    this.keyOwner = [];
    this.keySize = [];
    for (const row of rows) this.add(row);
    this.reorder();
  }

  /** Add or replace one authority (after an edit), keeping the orders right. */
  upsert(row: AuthoritySummary): void {
    const at = this.byCode.get(row.code);
    if (at === undefined) this.add(row);
    else this.entries[at] = { ...makeEntry(row), keys: this.entries[at]!.keys };
    this.reorder();
  }

  get(code: string): AuthoritySummary | undefined {
    const at = this.byCode.get(code);
    return at === undefined ? undefined : this.entries[at]!.summary;
  }

  all(): readonly AuthoritySummary[] {
    return this.entries.map((e) => e.summary);
  }

  /** Search with filters, sorting and paging, as GET /api/authorities describes. */
  search(query: AuthoritySearchQuery): AuthoritySearchResult {
    const q = fold(query.q ?? '');
    const near = query.near;
    const sort = query.sort ?? (q ? 'relevance' : near ? 'distance' : '-population');
    const keep = this.filter(query);
    const distances = near ? new Map<number, number>() : null;
    const measure = (i: number): number => {
      const s = this.entries[i]!.summary;
      if (!near || s.lat === null || s.lon === null) return Infinity;
      let d = distances!.get(i);
      if (d === undefined) distances!.set(i, (d = distanceKm(near[0], near[1], s.lat, s.lon)));
      return d;
    };
    const radius = near ? (query.radiusKm ?? Infinity) : Infinity;
    const accept = (i: number) => keep(i) && (!near || measure(i) <= radius);

    let ids: number[];
    if (q) ids = this.rankByName(q, accept);
    else ids = (sort === 'name' ? this.byName : this.byPopulation).filter(accept);
    if (sort === 'name' && q) ids = this.byName.filter((i) => idsSet(ids).has(i));
    if (sort === 'population') ids = [...ids].reverse();
    if (sort === '-population' && q) ids = this.byPopulation.filter((i) => idsSet(ids).has(i));
    if (sort === 'distance') ids = [...ids].sort((a, b) => measure(a) - measure(b));

    const page = ids.slice(query.offset, query.offset + query.limit).map((i) => {
      const s = this.entries[i]!.summary;
      return near && Number.isFinite(measure(i)) ? { ...s, distanceKm: Math.round(measure(i) * 10) / 10 } : s;
    });
    return { items: page, total: ids.length };
  }

  private add(row: AuthoritySummary): void {
    const index = this.entries.length;
    const entry = makeEntry(row);
    this.entries.push(entry);
    this.byCode.set(row.code, index);
    for (const key of entry.keys) {
      const keyId = this.keyOwner.length;
      const grams = trigrams(key);
      this.keyOwner.push(index);
      this.keySize.push(grams.size);
      for (const g of grams) {
        const list = this.postings.get(g);
        if (list) list.push(keyId);
        else this.postings.set(g, [keyId]);
      }
    }
  }

  private reorder(): void {
    const n = this.entries.length;
    const ids = Array.from({ length: n }, (_, i) => i);
    const pop = (i: number) => this.entries[i]!.summary.population ?? -1;
    this.byPopulation = [...ids].sort((a, b) => pop(b) - pop(a) || this.nameKey(a).localeCompare(this.nameKey(b)));
    this.byName = [...ids].sort((a, b) => cmp(this.nameKey(a), this.nameKey(b)) || pop(b) - pop(a));
  }

  private nameKey(i: number): string {
    return this.entries[i]!.keys[0] ?? '';
  }

  private filter(query: AuthoritySearchQuery): (i: number) => boolean {
    const region = query.region ? fold(query.region) : null;
    const regionCode = query.region?.toUpperCase().replace(/[^A-Z0-9-]/g, '') ?? null;
    return (i) => {
      const e = this.entries[i]!;
      const s = e.summary;
      if (query.country && s.country !== query.country) return false;
      if (query.type && s.type !== query.type) return false;
      if (query.minPopulation !== undefined && (s.population ?? -1) < query.minPopulation) return false;
      if (query.maxPopulation !== undefined && (s.population === null || s.population > query.maxPopulation)) return false;
      if (region !== null && !(e.regionKey === region || (regionCode && s.region?.startsWith(regionCode)))) return false;
      return true;
    };
  }

  /** Name matches in relevance order: exact, prefix, word prefix, substring (each by population), then typos. */
  private rankByName(q: string, accept: (i: number) => boolean): number[] {
    const tiers: number[][] = [[], [], [], [], []];
    const matched = new Set<number>();
    const padded = ` ${q}`;
    for (const i of this.byPopulation) {
      const e = this.entries[i]!;
      if (!e.text.includes(q)) continue;
      let tier = SUBSTRING;
      if (e.keys.some((k) => k === q)) tier = EXACT;
      else if (e.keys.some((k) => k.startsWith(q))) tier = PREFIX;
      else if (e.text.includes(padded)) tier = WORD_PREFIX;
      matched.add(i);
      if (accept(i)) tiers[tier]!.push(i);
    }
    const fuzzy = q.length >= 3 ? this.similar(q, matched, accept) : [];
    return [...tiers[EXACT]!, ...tiers[PREFIX]!, ...tiers[WORD_PREFIX]!, ...tiers[SUBSTRING]!, ...fuzzy];
  }

  /** Authorities whose name is a likely typo of q, best similarity first (trigram Jaccard, as pg_trgm). */
  private similar(q: string, skip: Set<number>, accept: (i: number) => boolean): number[] {
    const grams = trigrams(q);
    const shared = new Map<number, number>();
    for (const g of grams) for (const keyId of this.postings.get(g) ?? []) shared.set(keyId, (shared.get(keyId) ?? 0) + 1);
    const best = new Map<number, number>();
    for (const [keyId, n] of shared) {
      const sim = n / (grams.size + this.keySize[keyId]! - n);
      if (sim < MIN_SIMILARITY) continue;
      const owner = this.keyOwner[keyId]!;
      if (skip.has(owner) || (best.get(owner) ?? 0) >= sim) continue;
      best.set(owner, sim);
    }
    const pop = (i: number) => this.entries[i]!.summary.population ?? -1;
    return [...best.keys()]
      .filter(accept)
      .sort((a, b) => best.get(b)! - best.get(a)! || pop(b) - pop(a));
  }
}

function makeEntry(row: AuthoritySummary): Entry {
  const keys = [...new Set([coreName(row.name), row.nameLatin ? coreName(row.nameLatin) : '', fold(row.name)])].filter(Boolean);
  const words = new Set(keys.flatMap((k) => k.split(' ')));
  return {
    summary: row,
    keys: [...keys, ...[...words].filter((w) => w.length >= 3 && !keys.includes(w))],
    text: ` ${keys.join(' ')}`,
    regionKey: fold(row.regionName ?? ''),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const setCache = new WeakMap<number[], Set<number>>();
function idsSet(ids: number[]): Set<number> {
  let s = setCache.get(ids);
  if (!s) setCache.set(ids, (s = new Set(ids)));
  return s;
}
