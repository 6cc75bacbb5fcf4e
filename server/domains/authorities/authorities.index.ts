import type {
  AuthoritySearchQuery,
  AuthoritySearchResult,
  AuthoritySummary,
} from '../../../shared/authorities';
import { fold } from '../../../shared/text/fold';
import { FilterColumns } from './authorities.filter';
import { searchKeys } from './authorities.rules';
import { TrigramPostings } from './trigram';

/** Relevance tiers of a name match, best first; typo matches rank below all of them. */
const EXACT = 4;
const PREFIX = 3;
const WORD_PREFIX = 2;
const SUBSTRING = 1;
const MIN_SIMILARITY = 0.35;

/** A directory row as the index takes it; `searchKeys` (from searchKeys()) is computed when absent. */
export type IndexRow = AuthoritySummary & { searchKeys?: string | null };

interface Entry {
  summary: AuthoritySummary;
  /** ' '-prefixed folded words of every name form, for prefix and substring tests. */
  text: string;
  /** Folded name forms (place name, Latin place name, full name). */
  keys: string[];
  /** Name forms plus their single words, for typo matching inside longer names. */
  gramKeys: string[];
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
  /** Every entry's text joined in population order: one indexOf pass beats 100k includes() calls. */
  private haystack = '';
  private starts = new Int32Array(0);
  private grams = new TrigramPostings();
  /** Per-entry scratch flags, reused between searches to avoid allocating 100k-element sets. */
  private matchedFlags = new Uint8Array(0);
  private columns = new FilterColumns([]);

  constructor(rows: IndexRow[] = []) {
    this.replaceAll(rows);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Rebuild from scratch (start-up, or after a bulk load). */
  replaceAll(rows: IndexRow[]): void {
    this.entries = [];
    this.byCode.clear();
    this.grams = new TrigramPostings();
    for (const row of rows) this.add(row);
    this.grams.seal();
    this.reorder();
    this.columns = new FilterColumns(this.all());
  }

  /** Add or replace one authority (after an edit), keeping the orders right. */
  upsert(row: IndexRow): void {
    const at = this.byCode.get(row.code);
    if (at === undefined) {
      this.add(row);
      this.grams.seal();
    } else this.entries[at] = { ...this.entries[at]!, summary: makeEntry(row).summary };
    this.reorder();
    this.columns = new FilterColumns(this.all());
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
    const accept = this.columns.predicate(query);
    const distance = this.columns.distance;
    let ids = q ? this.rankByName(q, accept) : sort === 'name' ? this.byName.filter(accept) : this.byPopulation.filter(accept);
    if (q && (sort === 'name' || sort === '-population' || sort === 'population')) {
      const hit = new Uint8Array(this.entries.length);
      for (const i of ids) hit[i] = 1;
      ids = (sort === 'name' ? this.byName : this.byPopulation).filter((i) => hit[i] === 1);
    }
    if (sort === 'population') ids.reverse();
    if (sort === 'distance') ids = byDistance(ids, distance);

    const page = ids.slice(query.offset, query.offset + query.limit).map((i) => {
      const s = this.entries[i]!.summary;
      const d = distance[i]!;
      return near && !Number.isNaN(d) ? { ...s, distanceKm: Math.round(d * 10) / 10 } : s;
    });
    return { items: page, total: ids.length };
  }

  private add(row: IndexRow): void {
    const index = this.entries.length;
    const entry = makeEntry(row);
    this.entries.push(entry);
    this.byCode.set(row.code, index);
    for (const key of entry.gramKeys) this.grams.add(key, index);
  }

  private reorder(): void {
    const n = this.entries.length;
    const ids = Array.from({ length: n }, (_, i) => i);
    const pop = (i: number) => this.entries[i]!.summary.population ?? -1;
    this.byPopulation = [...ids].sort((a, b) => pop(b) - pop(a) || cmp(this.nameKey(a), this.nameKey(b)));
    this.byName = [...ids].sort((a, b) => cmp(this.nameKey(a), this.nameKey(b)) || pop(b) - pop(a));
    this.starts = new Int32Array(n + 1);
    let at = 0;
    const parts: string[] = [];
    this.byPopulation.forEach((i, k) => {
      this.starts[k] = at;
      const text = this.entries[i]!.text;
      parts.push(text);
      at += text.length + 1;
    });
    this.starts[n] = at;
    this.haystack = parts.join('\n');
  }

  private nameKey(i: number): string {
    return this.entries[i]!.keys[0] ?? '';
  }

  /** Name matches in relevance order: exact, prefix, word prefix, substring (each by population), then typos. */
  private rankByName(q: string, accept: (i: number) => boolean): number[] {
    const tiers: number[][] = [[], [], [], [], []];
    if (this.matchedFlags.length !== this.entries.length) this.matchedFlags = new Uint8Array(this.entries.length);
    const matched = this.matchedFlags.fill(0);
    const { haystack, starts } = this;
    // One or two letters match word starts only: "a" inside every name would rank nothing useful.
    const short = q.length < 3;
    const needle = short ? ` ${q}` : q;
    let k = 0;
    for (let p = haystack.indexOf(needle); p >= 0; p = haystack.indexOf(needle, starts[k + 1]!)) {
      while (starts[k + 1]! <= p) k++;
      const i = this.byPopulation[k]!;
      matched[i] = 1;
      if (!accept(i)) continue;
      tiers[short ? (p === starts[k] ? PREFIX : WORD_PREFIX) : this.tier(i, q)]!.push(i);
    }
    const fuzzy = q.length >= 3 ? this.similar(q, matched, accept) : [];
    return [...tiers[EXACT]!, ...tiers[PREFIX]!, ...tiers[WORD_PREFIX]!, ...tiers[SUBSTRING]!, ...fuzzy];
  }

  private tier(i: number, q: string): number {
    const e = this.entries[i]!;
    if (e.keys.some((key) => key === q)) return EXACT;
    if (e.keys.some((key) => key.startsWith(q))) return PREFIX;
    return e.text.includes(` ${q}`) ? WORD_PREFIX : SUBSTRING;
  }

  /** Authorities whose name is a likely typo of q, best similarity first (trigram Jaccard, as pg_trgm). */
  private similar(q: string, skip: Uint8Array, accept: (i: number) => boolean): number[] {
    const best = new Map<number, number>();
    this.grams.similar(q, MIN_SIMILARITY, (owner, sim) => {
      if (!skip[owner] && (best.get(owner) ?? 0) < sim) best.set(owner, sim);
    });
    const pop = (i: number) => this.entries[i]!.summary.population ?? -1;
    return [...best.keys()]
      .filter(accept)
      .sort((a, b) => best.get(b)! - best.get(a)! || pop(b) - pop(a));
  }
}

function makeEntry(row: IndexRow): Entry {
  const { searchKeys: stored, ...summary } = row;
  const keys = (stored ?? searchKeys(row.name, row.nameLatin)).split('|');
  const words: string[] = [];
  for (const k of keys) for (const w of k.split(' ')) if (w.length >= 3 && !keys.includes(w) && !words.includes(w)) words.push(w);
  return { summary, keys, gramKeys: [...keys, ...words], text: ` ${keys.join(' ')}` };
}

const SLOT = 2 ** 20;
/**
 * Order ids by distance (unmeasured last) with one numeric typed-array sort: each key packs the
 * distance in 10 m steps above the id, which is ~5× quicker than a comparator over 100k ids.
 */
function byDistance(ids: number[], distance: Float64Array): number[] {
  const keys = new Float64Array(ids.length);
  ids.forEach((i, k) => {
    const d = distance[i]!;
    keys[k] = (Number.isNaN(d) ? 1e8 : Math.round(d * 100)) * SLOT + i;
  });
  keys.sort();
  return Array.from(keys, (key) => key % SLOT);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
