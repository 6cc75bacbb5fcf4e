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
  const texts = (values: string[]) => {
    const starts = new Int32Array(values.length + 1);
    values.forEach((v, k) => (starts[k + 1] = starts[k]! + v.length));
    return { text: values.join(''), starts };
  };
  const codes = texts(summaries.map((s) => s.code));
  const names = texts(summaries.flatMap((s) => [s.name, s.nameLatin ?? NULL_TEXT]));
  const coded = (f: 'country' | 'type' | 'region' | 'regionName'): CodedColumn => {
    const dict: (string | null)[] = [];
    const seen = new Map<string | null, number>();
    const column = Int32Array.from(summaries, (s) => {
      let c = seen.get(s[f]);
      if (c === undefined) seen.set(s[f], (c = dict.push(s[f]) - 1));
      return c;
    });
    return { column, dict };
  };
  if (summaries.some((s) => s.nameLatin === NULL_TEXT)) throw new Error('a Latin name cannot be U+0001');
  return {
    codes: codes.text,
    codeStarts: codes.starts,
    names: names.text,
    nameStarts: names.starts,
    country: coded('country'),
    type: coded('type'),
    region: coded('region'),
    regionName: coded('regionName'),
    population: Float64Array.from(summaries, (s) => s.population ?? NaN),
    lat: Float64Array.from(summaries, (s) => s.lat ?? NaN),
    lon: Float64Array.from(summaries, (s) => s.lon ?? NaN),
  };
}
