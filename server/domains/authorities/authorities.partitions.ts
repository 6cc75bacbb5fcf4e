import type { AuthoritySearchQuery } from '../../../shared/authorities';
import type { FilterState } from './authorities.filter';
import { boundingBox } from './authorities.filter';

/** 1° cells: about 110 × 75 km in Europe, so a 50 km radius reads a handful of cells. */
const CELLS_PER_ROW = 360;
const CELLS = 180 * CELLS_PER_ROW;

/**
 * Where a search without a name reads: the smallest known slice of the population order that holds
 * every row its filters can accept. Without it such a search read every row of the directory, so its
 * cost grew with the directory rather than with the rows asked for (issue 20). Three slices are
 * known: a country's rows, a population range (a run of the population order, found by binary search,
 * within the country when one is asked for) and the 1° cells around a point with a radius. The
 * filters still decide; a slice only narrows what they read, and keeps population order.
 */
export class Partitions {
  private constructor(
    private readonly byPopulation: Int32Array,
    /** Ids grouped by country, each group in population order; group c is [countryStart[c], countryStart[c + 1]). */
    private readonly byCountry: Int32Array,
    private readonly countryStart: Int32Array,
    /** Positions in the population order grouped by cell, ascending within each cell. */
    private readonly byCell: Int32Array,
    private readonly cellStart: Int32Array,
    private readonly facts: FilterState,
  ) {}

  static build(byPopulation: Int32Array, facts: FilterState): Partitions {
    const n = byPopulation.length;
    const byCountry = groupBy(n, facts.countries.length, (k) => facts.country[byPopulation[k]!]!, (k) => byPopulation[k]!);
    const cellOf = (k: number) => cellIndex(facts.lat[byPopulation[k]!]!, facts.lon[byPopulation[k]!]!);
    const byCell = groupBy(n, CELLS, cellOf, (k) => k);
    return new Partitions(byPopulation, byCountry.items, byCountry.start, byCell.items, byCell.start, facts);
  }

  /** Rows (ids, in population order) that hold every match of the query's filters; null for all rows. */
  candidates(query: AuthoritySearchQuery): Int32Array | null {
    let slice = this.byPopulation;
    if (query.country) {
      const c = this.facts.countries.indexOf(query.country);
      if (c < 0) return new Int32Array(0);
      slice = this.byCountry.subarray(this.countryStart[c]!, this.countryStart[c + 1]!);
    }
    slice = this.inPopulationRange(slice, query);
    if (query.near && query.radiusKm !== undefined) slice = this.aroundPoint(query.near, query.radiusKm, slice.length) ?? slice;
    return slice.length < this.byPopulation.length ? slice : null;
  }

  /** The run of `order` (non-increasing population, unknown last) within the query's population range. */
  private inPopulationRange(order: Int32Array, query: AuthoritySearchQuery): Int32Array {
    if (query.minPopulation === undefined && query.maxPopulation === undefined) return order;
    const pop = (k: number) => {
      const p = this.facts.population[order[k]!]!;
      return Number.isNaN(p) ? -1 : p;
    };
    const from = firstWhere(order.length, (k) => pop(k) <= (query.maxPopulation ?? Infinity));
    const to = firstWhere(order.length, (k) => pop(k) < (query.minPopulation ?? 0));
    return order.subarray(from, Math.max(from, to));
  }

  /** The rows of the cells a radius around a point touches, if fewer than `limit`; else null. */
  private aroundPoint([lat0, lon0]: readonly [number, number], radiusKm: number, limit: number): Int32Array | null {
    const box = boundingBox(lat0, lon0, radiusKm);
    // Past a pole or across the date line the box is not one run of cells: read everything instead.
    if (box.latMin < -90 || box.latMax >= 90 || box.lonMin < -180 || box.lonMax >= 180) return null;
    const rows = [Math.floor(box.latMin) + 90, Math.floor(box.latMax) + 90];
    const cols = [Math.floor(box.lonMin) + 180, Math.floor(box.lonMax) + 180];
    let size = 0;
    for (let r = rows[0]!; r <= rows[1]!; r++) size += this.cellStart[r * CELLS_PER_ROW + cols[1]! + 1]! - this.cellStart[r * CELLS_PER_ROW + cols[0]!]!;
    if (size >= limit) return null;
    const positions = new Int32Array(size);
    let at = 0;
    for (let r = rows[0]!; r <= rows[1]!; r++) {
      const run = this.byCell.subarray(this.cellStart[r * CELLS_PER_ROW + cols[0]!]!, this.cellStart[r * CELLS_PER_ROW + cols[1]! + 1]!);
      positions.set(run, at);
      at += run.length;
    }
    positions.sort();
    return positions.map((k) => this.byPopulation[k]!);
  }
}

/** The cell of a point; rows without coordinates go to a last, never-read cell. */
function cellIndex(lat: number, lon: number): number {
  if (Number.isNaN(lat) || Number.isNaN(lon)) return CELLS;
  const r = Math.min(179, Math.max(0, Math.floor(lat) + 90));
  const c = Math.min(359, Math.max(0, Math.floor(lon) + 180));
  return r * CELLS_PER_ROW + c;
}

/** A counting sort of 0..n-1 into `groups` (+1 spare) groups, stable: items keep their order within a group. */
function groupBy(n: number, groups: number, groupOf: (k: number) => number, item: (k: number) => number): { items: Int32Array; start: Int32Array } {
  const start = new Int32Array(groups + 2);
  const group = new Int32Array(n);
  for (let k = 0; k < n; k++) start[(group[k] = groupOf(k)) + 1]!++;
  for (let g = 0; g <= groups; g++) start[g + 1]! += start[g]!;
  const next = start.slice(0, groups + 1);
  const items = new Int32Array(n);
  for (let k = 0; k < n; k++) items[next[group[k]!]!++] = item(k);
  return { items, start };
}

/** The first k in 0..n at which `test` holds, for a test that stays true once it holds. */
function firstWhere(n: number, test: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
