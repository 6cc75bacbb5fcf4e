import type { AuthoritySummary, AuthorityType } from '../../../shared/authorities';

/** A column of repeated values: each row's index into the distinct values. */
export interface CodedColumn {
  column: Int32Array;
  dict: (string | null)[];
}

/**
 * Every summary as flat columns (what a directory snapshot stores): texts back to back with their
 * start offsets, repeated values dictionary-coded, numbers NaN where null.
 */
export interface SummaryColumns {
  /** Row i's code is codes[codeStarts[i] .. codeStarts[i+1]). */
  codes: string;
  codeStarts: Int32Array;
  /** Row i's name is names[nameStarts[2i] .. nameStarts[2i+1]), its Latin name the next span (NULL_TEXT for null). */
  names: string;
  nameStarts: Int32Array;
  country: CodedColumn;
  type: CodedColumn;
  region: CodedColumn;
  regionName: CodedColumn;
  population: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
}

/** Stands for a null Latin name in SummaryColumns.names. */
export const NULL_TEXT = '\u0001';

/**
 * The directory's summaries, each made on first use when they come as columns: a restart then
 * creates no 100k objects up front, only the ones searches and lookups return (all() makes all).
 * A summary, once made, is the same object on every call.
 */
export class Summaries {
  private items: (AuthoritySummary | undefined)[];
  private columns: SummaryColumns | null;

  constructor(source: AuthoritySummary[] | SummaryColumns) {
    if (Array.isArray(source)) {
      this.items = source;
      this.columns = null;
    } else {
      this.items = new Array<AuthoritySummary | undefined>(source.population.length);
      this.columns = source;
    }
  }

  get size(): number {
    return this.items.length;
  }

  at(i: number): AuthoritySummary {
    return this.items[i] ?? this.make(i);
  }

  code(i: number): string {
    const c = this.columns;
    return this.items[i]?.code ?? c!.codes.slice(c!.codeStarts[i], c!.codeStarts[i + 1]);
  }

  /** Every summary (a new array of the shared objects). */
  all(): AuthoritySummary[] {
    const out = new Array<AuthoritySummary>(this.items.length);
    for (let i = 0; i < out.length; i++) out[i] = this.at(i);
    return out;
  }

  set(i: number, summary: AuthoritySummary): void {
    this.items[i] = summary;
  }

  push(summary: AuthoritySummary): number {
    return this.items.push(summary) - 1;
  }

  private make(i: number): AuthoritySummary {
    const c = this.columns!;
    const coded = (col: CodedColumn) => col.dict[col.column[i]!]!;
    const number = (v: number) => (Number.isNaN(v) ? null : v);
    const latin = c.names.slice(c.nameStarts[2 * i + 1], c.nameStarts[2 * i + 2]);
    const summary: AuthoritySummary = {
      code: c.codes.slice(c.codeStarts[i], c.codeStarts[i + 1]),
      name: c.names.slice(c.nameStarts[2 * i], c.nameStarts[2 * i + 1]),
      nameLatin: latin === NULL_TEXT ? null : latin,
      country: coded(c.country)!,
      type: coded(c.type) as AuthorityType,
      population: number(c.population[i]!),
      lat: number(c.lat[i]!),
      lon: number(c.lon[i]!),
      region: coded(c.region),
      regionName: coded(c.regionName),
    };
    this.items[i] = summary;
    return summary;
  }
}

/** The columns of summaries (for a snapshot). */
export function summaryColumns(summaries: readonly AuthoritySummary[]): SummaryColumns {
  // Plain loops into preallocated arrays: TypedArray.from with a map function goes through the
  // iterator protocol and was most of a 10× directory's snapshot time (~1M rows, eleven columns).
  const n = summaries.length;
  const codeStarts = new Int32Array(n + 1);
  const nameStarts = new Int32Array(2 * n + 1);
  const codes = new Array<string>(n);
  const names = new Array<string>(2 * n);
  const population = new Float64Array(n);
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const country = coder(n);
  const type = coder(n);
  const region = coder(n);
  const regionName = coder(n);
  for (let i = 0; i < n; i++) {
    const s = summaries[i]!;
    if (s.nameLatin === NULL_TEXT) throw new Error('a Latin name cannot be U+0001');
    const latin = s.nameLatin ?? NULL_TEXT;
    codes[i] = s.code;
    codeStarts[i + 1] = codeStarts[i]! + s.code.length;
    names[2 * i] = s.name;
    names[2 * i + 1] = latin;
    nameStarts[2 * i + 1] = nameStarts[2 * i]! + s.name.length;
    nameStarts[2 * i + 2] = nameStarts[2 * i + 1]! + latin.length;
    population[i] = s.population ?? NaN;
    lat[i] = s.lat ?? NaN;
    lon[i] = s.lon ?? NaN;
    country.add(i, s.country);
    type.add(i, s.type);
    region.add(i, s.region);
    regionName.add(i, s.regionName);
  }
  return {
    codes: codes.join(''), codeStarts, names: names.join(''), nameStarts,
    country: country.done(), type: type.done(), region: region.done(), regionName: regionName.done(),
    population, lat, lon,
  };
}

/** A dictionary-coded column filled row by row. */
function coder(n: number) {
  const column = new Int32Array(n);
  const dict: (string | null)[] = [];
  const seen = new Map<string | null, number>();
  return {
    add(i: number, value: string | null): void {
      let c = seen.get(value);
      if (c === undefined) seen.set(value, (c = dict.push(value) - 1));
      column[i] = c;
    },
    done: (): CodedColumn => ({ column, dict }),
  };
}
