import type {
  AuthoritySearchQuery,
  AuthoritySearchResult,
  AuthoritySummary,
} from '../../../shared/authorities';
import { fold } from '../../../shared/text/fold';
import { FilterColumns } from './authorities.filter';
import { searchKeys } from './authorities.rules';
import { Summaries, type SummaryColumns, summaryColumns } from './authorities.summaries';
import { rankByLookup } from './authorities.lookup';
import { Partitions } from './authorities.partitions';
import type { NameView } from './authorities.names.view';
import { type KeyRanges, type PostingsState, TrigramPostings } from './trigram';
import { keyBands, keyOrder, type KeyRuns, keyRuns } from './authorities.keyranges';

/** A directory row as the index takes it; `searchKeys` (from searchKeys()) is computed when absent. */
export type IndexRow = AuthoritySummary & { searchKeys?: string | null };

/** The directory as parallel arrays: summaries and their '|'-separated search keys. */
export interface DirectoryRows {
  summaries: AuthoritySummary[];
  keys: string[];
}

/**
 * Everything a built index is made of, as flat data: what a directory snapshot stores, so that a
 * restart restores the index instead of building it again (sorting, trigrams) from the rows.
 */
export interface IndexState {
  summaries: SummaryColumns;
  /** Every entry's text (' ' + its '|'-separated name forms) joined by newlines in population order. */
  keysText: string;
  /** Where entry byPopulation[k]'s text starts in keysText; n + 1 values. */
  starts: Int32Array;
  byPopulation: Int32Array;
  byName: Int32Array;
  /** Entries in code order, for lookups by binary search. */
  byCode: Int32Array;
  grams: PostingsState;
}

/**
 * The directory search index: compact in-memory arrays over every authority, so a name search is a
 * lookup in trigram posting lists (authorities.lookup.ts) whose cost follows the matches, not the
 * directory's size, independent of the database's collation.
 * Pure: it is built from rows and knows nothing of where they came from.
 *
 * It is flat arrays and a few long strings (name forms, summaries' texts), so a restart restores
 * it from a snapshot without building it, and without making 100k objects before it is needed.
 */
export class DirectoryIndex {
  private summaries = new Summaries([]);
  private keysText = '';
  private starts: Int32Array = new Int32Array(1);
  private byPopulation: Int32Array = new Int32Array(0);
  private byName: Int32Array = new Int32Array(0);
  /** Each entry's place in byPopulation (so its text in keysText is found without a search). */
  private position: Int32Array = new Int32Array(0);
  private byCode: Int32Array = new Int32Array(0);
  private grams = new TrigramPostings();
  /** Each entry's place in byName. */
  private namePosition: Int32Array = new Int32Array(0);
  private columns = FilterColumns.of([]);
  private partitions = Partitions.build(new Int32Array(0), this.columns.facts);
  /** The postings' key ids in runs of one population band and one country (authorities.keyranges.ts). */
  private runs: KeyRuns = new Int32Array(0);
  private changes = 0;

  constructor(rows: readonly IndexRow[] = []) {
    if (rows.length) this.replaceAll(rows);
  }

  /** An index over rows in their parallel-array form; it keeps (does not copy) the summaries. */
  static fromRows(rows: DirectoryRows): DirectoryIndex {
    const index = new DirectoryIndex();
    index.build(rows.summaries, rows.keys);
    return index;
  }

  /**
   * An index restored from a state() of this code's version: no sorting, no trigram building. The
   * state's shape is checked (sizes, bounds), not every element: it comes from this code's own file.
   */
  static fromState(state: IndexState): DirectoryIndex {
    const { summaries, starts, byPopulation, byName, byCode, keysText, grams } = state;
    const n = summaries.population.length;
    const consistent = starts.length === n + 1 && starts[n] === (n ? keysText.length + 1 : 0) && [byPopulation, byName, byCode].every((order) => order.length === n);
    if (!consistent) throw new Error('inconsistent directory index state');
    const index = new DirectoryIndex();
    index.grams = TrigramPostings.fromState(grams);
    index.summaries = new Summaries(summaries);
    index.byCode = byCode;
    index.arrange(byPopulation, byName, keysText, starts, FilterColumns.ofColumns(summaries));
    return index;
  }

  /** The index as flat data, for a snapshot; the arrays are the index's own (do not modify them). */
  state(): IndexState {
    return {
      summaries: summaryColumns(this.summaries.all()),
      keysText: this.keysText,
      starts: this.starts,
      byPopulation: this.byPopulation,
      byName: this.byName,
      byCode: this.byCode,
      grams: this.grams.state(),
    };
  }

  get size(): number {
    return this.summaries.size;
  }

  /** Moves on with every change of the entries, so what was read from the index can tell it is stale. */
  get version(): number {
    return this.changes;
  }

  /** Rebuild from scratch (start-up, or after a bulk load). */
  replaceAll(rows: readonly IndexRow[]): void {
    this.build(rows.map(summaryOf), rows.map(keysOf));
  }

  /** Add or replace one authority (after an edit), keeping the orders right. */
  upsert(row: IndexRow): void {
    const keys = Array.from({ length: this.size }, (_, i) => this.keysOf(i));
    const at = this.codeIndex(row.code);
    if (at === undefined) {
      const i = this.summaries.push(summaryOf(row));
      keys.push(keysOf(row));
      this.addGrams(i, keys[i]!);
      this.grams.seal();
      this.byCode = codeOrder(this.summaries.all());
    } else this.summaries.set(at, summaryOf(row));
    this.reorder(keys);
  }

  get(code: string): AuthoritySummary | undefined {
    const at = this.codeIndex(code);
    return at === undefined ? undefined : this.summaries.at(at);
  }

  all(): readonly AuthoritySummary[] {
    return this.summaries.all();
  }

  /** Entries (indexes of all()) in code order: the index's own array (do not modify it). */
  codeOrder(): Int32Array {
    return this.byCode;
  }

  /** The search keys ('|'-separated) of the i-th authority of all(), as the index holds them. */
  searchKeysAt(i: number): string {
    return this.keysOf(i);
  }

  /** Search with filters, sorting and paging, as GET /api/authorities describes. */
  search(query: AuthoritySearchQuery): AuthoritySearchResult {
    const q = fold(query.q ?? '');
    const near = query.near;
    const sort = query.sort ?? (q ? 'relevance' : near ? 'distance' : '-population');
    const accept = this.columns.predicate(query);
    const distance = this.columns.distance;
    // Without a name, the filters read the smallest slice known to hold their matches (population order).
    const slice = q ? null : this.partitions.candidates(query);
    let ids = q ? rankByLookup(this.nameView(), q, accept, this.keyBands(query.country)) : pick(slice ?? (sort === 'name' ? this.byName : this.byPopulation), accept);
    if ((q && (sort === 'name' || sort === '-population' || sort === 'population')) || (slice && sort === 'name')) {
      // The matches in that order (sorting them, not reading the whole order for them).
      const place = sort === 'name' ? this.namePosition : this.position;
      ids = Array.from(Int32Array.from(ids, (i) => place[i]!).sort(), (k) => (sort === 'name' ? this.byName : this.byPopulation)[k]!);
    }
    if (sort === 'population') ids.reverse();
    if (sort === 'distance') ids = byDistance(ids, distance);

    const page = ids.slice(query.offset, query.offset + query.limit).map((i) => {
      const s = this.summaries.at(i);
      const d = distance[i]!;
      return near && !Number.isNaN(d) ? { ...s, distanceKm: Math.round(d * 10) / 10 } : s;
    });
    return { items: page, total: ids.length };
  }

  private build(summaries: AuthoritySummary[], keys: string[]): void {
    if (keys.length !== summaries.length) throw new Error('every summary needs its search keys');
    this.summaries = new Summaries(summaries);
    this.grams = new TrigramPostings();
    this.byCode = codeOrder(summaries);
    this.reorder(keys, true);
  }

  /** An entry's name forms and their single words go into the trigram postings. */
  private addGrams(index: number, keys: string): void {
    const forms = keys.split('|');
    for (const form of forms) this.grams.add(form, index);
    // Single words of multi-word forms, for typos inside longer names (a one-word form is its own word).
    const words: string[] = [];
    for (const form of forms) {
      if (!form.includes(' ')) continue;
      for (const w of form.split(' ')) if (w.length >= 3 && !forms.includes(w) && !words.includes(w)) words.push(w);
    }
    for (const word of words) this.grams.add(word, index);
  }

  /**
   * The population and name orders and the texts. Names are ranked by one string sort, so the two
   * orders then sort on numbers only (the same orders as comparing the names themselves).
   */
  private reorder(keys: readonly string[], indexNames = false): void {
    const summaries = this.summaries.all();
    const n = summaries.length;
    const pop = new Float64Array(n);
    const names: string[] = new Array<string>(n);
    const ids: number[] = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      pop[i] = summaries[i]!.population ?? -1;
      names[i] = firstKey(keys[i]!);
      ids[i] = i;
    }
    const alphabetical = ids.slice().sort((a, b) => cmp(names[a]!, names[b]!));
    const rank = new Int32Array(n);
    for (let k = 1, r = 0; k < n; k++) {
      if (names[alphabetical[k]!] !== names[alphabetical[k - 1]!]) r++;
      rank[alphabetical[k]!] = r;
    }
    // Both sorts are stable over ascending ids, so ties keep id order as before.
    const byPopulation = ids.sort((a, b) => pop[b]! - pop[a]! || rank[a]! - rank[b]!);
    const byName = alphabetical.sort((a, b) => rank[a]! - rank[b]! || pop[b]! - pop[a]! || a - b);
    const starts = new Int32Array(n + 1);
    const ordered: string[] = new Array<string>(n);
    let at = 0;
    for (let k = 0; k < n; k++) {
      const forms = keys[byPopulation[k]!]!;
      ordered[k] = forms;
      starts[k] = at;
      at += forms.length + 2; // ' ' + forms + '\n'
    }
    starts[n] = at;
    const text = n ? ` ${ordered.join('\n ')}` : '';
    const columns = FilterColumns.of(summaries);
    const population = Int32Array.from(byPopulation);
    if (indexNames) {
      for (const i of keyOrder(population, columns.facts.country)) this.addGrams(i, keys[i]!);
      this.grams.seal();
    }
    this.arrange(population, Int32Array.from(byName), text, starts, columns);
  }

  private arrange(byPopulation: Int32Array, byName: Int32Array, keysText: string, starts: Int32Array, columns: FilterColumns): void {
    this.byPopulation = byPopulation;
    this.byName = byName;
    this.keysText = keysText;
    this.starts = starts;
    this.position = new Int32Array(byPopulation.length);
    for (let k = 0; k < byPopulation.length; k++) this.position[byPopulation[k]!] = k;
    this.namePosition = new Int32Array(byName.length);
    for (let k = 0; k < byName.length; k++) this.namePosition[byName[k]!] = k;
    this.columns = columns;
    this.partitions = Partitions.build(byPopulation, columns.facts);
    this.runs = keyRuns(this.grams, this.position, columns.facts.country);
    this.changes++; // every change of the entries ends here
  }

  /** The keys a name search with this country filter may read, band by band (most populous first). */
  keyBands(country: string | undefined): KeyRanges[] {
    if (!country) return keyBands(this.runs, null);
    const c = this.columns.facts.countries.indexOf(country);
    return c < 0 ? [] : keyBands(this.runs, c);
  }

  /** An entry's '|'-separated name forms. */
  private keysOf(i: number): string {
    const k = this.position[i]!;
    return this.keysText.slice(this.starts[k]! + 1, this.starts[k + 1]! - 1);
  }

  private codeIndex(code: string): number | undefined {
    const { byCode, summaries } = this;
    let lo = 0;
    let hi = byCode.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = byCode[mid]!;
      const c = summaries.code(at);
      if (c === code) return at;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** What ranking by name reads (the lookup, and the tests' scan reference). */
  nameView(): NameView {
    const { keysText, starts, byPopulation, position, grams } = this;
    return { size: this.size, keysText, starts, byPopulation, position, grams, population: this.columns.population, keysOf: (i) => this.keysOf(i) };
  }
}

/** The summary part of a row, as a new object of its own. */
function summaryOf(row: IndexRow): AuthoritySummary {
  return {
    code: row.code,
    name: row.name,
    nameLatin: row.nameLatin,
    country: row.country,
    type: row.type,
    population: row.population,
    lat: row.lat,
    lon: row.lon,
    region: row.region,
    regionName: row.regionName,
  };
}

function keysOf(row: IndexRow): string {
  return row.searchKeys ?? searchKeys(row.name, row.nameLatin, row.code);
}

/** The first name form (the place name), which the name order sorts by. */
export function firstKey(keys: string): string {
  const bar = keys.indexOf('|');
  return bar < 0 ? keys : keys.slice(0, bar);
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

/** Entries in code order; with duplicate codes (never in the database) a lookup finds one of them. */
function codeOrder(summaries: readonly AuthoritySummary[]): Int32Array {
  const codes = summaries.map((s) => s.code);
  return Int32Array.from(codes.keys()).sort((a, b) => cmp(codes[a]!, codes[b]!));
}

/** The entries of an order that pass a test, in that order. */
function pick(order: Int32Array, accept: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let k = 0; k < order.length; k++) if (accept(order[k]!)) out.push(order[k]!);
  return out;
}

