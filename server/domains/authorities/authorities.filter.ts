import type { AuthoritySearchQuery, AuthoritySummary } from '../../../shared/authorities';
import { toIsoCountry } from '../../../shared/countries';
import { regionLabel } from '../../../shared/regionNames';
import { fold } from '../../../shared/text/fold';
import { distanceKm } from './geo';
import type { SummaryColumns } from './authorities.summaries';

const KM_PER_DEGREE = 111.32;
const NONE = '\u0001';

/**
 * The filterable facts of every row as flat columns: countries and types as indexes into their
 * distinct values, regions as indexes into the distinct (code, name) pairs, numbers NaN where null.
 */
export interface FilterState {
  countries: string[];
  country: Uint16Array;
  types: string[];
  type: Uint16Array;
  population: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  regions: { code: string | null; name: string | null }[];
  region: Int32Array;
}

/**
 * The directory's filterable facts as typed columns: a filter over ~100k rows then reads flat
 * arrays instead of chasing objects, which keeps a filtered scan to a millisecond or two.
 */
export class FilterColumns {
  /** Distances to the current search's point (NaN without coordinates), valid for the rows a predicate with `near` accepted. */
  readonly distance: Float64Array;
  /** Folded name of each distinct region ('' for none), as a region filter compares them. */
  private regionKeys: string[];
  /** The same in Turkish (Orta Makedonya for Central Macedonia), so a Turkish reader filters by the name they see. */
  private regionTrKeys: string[];

  constructor(private readonly s: FilterState) {
    this.distance = new Float64Array(s.population.length);
    this.regionKeys = s.regions.map((r) => (r.name ? fold(r.name) : ''));
    // A NUTS code starts with its country (EL for Greece); Turkish province codes with TR.
    this.regionTrKeys = s.regions.map((r) => (r.name && r.code ? fold(regionLabel(r.name, toIsoCountry(r.code.slice(0, 2)), 'tr') ?? '') : ''));
  }

  /** The columns themselves (read-only), for the partitions a search reads first. */
  get facts(): Readonly<FilterState> {
    return this.s;
  }

  /** Every row's population, NaN where unknown. */
  get population(): Float64Array {
    return this.s.population;
  }

  /** The columns of rows. */
  static of(rows: readonly AuthoritySummary[]): FilterColumns {
    const n = rows.length;
    const countries = new Values<string>();
    const types = new Values<string>();
    const regions = new Values<string>();
    const pairs: { code: string | null; name: string | null }[] = [];
    const s: FilterState = {
      countries: countries.list,
      country: new Uint16Array(n),
      types: types.list,
      type: new Uint16Array(n),
      population: new Float64Array(n),
      lat: new Float64Array(n),
      lon: new Float64Array(n),
      regions: pairs,
      region: new Int32Array(n),
    };
    rows.forEach((r, i) => {
      s.country[i] = countries.index(r.country);
      s.type[i] = types.index(r.type);
      s.population[i] = r.population ?? NaN;
      s.lat[i] = r.lat ?? NaN;
      s.lon[i] = r.lon ?? NaN;
      const pair = regions.index(`${r.region ?? NONE}\u0000${r.regionName ?? NONE}`);
      if (pair === pairs.length) pairs.push({ code: r.region, name: r.regionName });
      s.region[i] = pair;
    });
    return new FilterColumns(s);
  }

  /** The columns of summaries kept as columns (a restored snapshot), without making the summaries. */
  static ofColumns(c: SummaryColumns): FilterColumns {
    const n = c.population.length;
    const pairOf = new Map<number, number>();
    const regions: FilterState['regions'] = [];
    const region = new Int32Array(n);
    const names = c.regionName.dict.length;
    for (let i = 0; i < n; i++) {
      const r = c.region.column[i]!;
      const rn = c.regionName.column[i]!;
      let pair = pairOf.get(r * names + rn);
      if (pair === undefined) {
        pairOf.set(r * names + rn, (pair = regions.length));
        regions.push({ code: c.region.dict[r]!, name: c.regionName.dict[rn]! });
      }
      region[i] = pair;
    }
    return new FilterColumns({
      countries: c.country.dict as string[],
      country: Uint16Array.from(c.country.column),
      types: c.type.dict as string[],
      type: Uint16Array.from(c.type.column),
      population: c.population,
      lat: c.lat,
      lon: c.lon,
      regions,
      region,
    });
  }

  /**
   * A predicate for the query's filters; with `near`, it measures distances into `distance`
   * (inside a bounding box first, so most rows never reach the haversine).
   */
  predicate(query: AuthoritySearchQuery): (i: number) => boolean {
    const s = this.s;
    const country = query.country ? s.countries.indexOf(query.country) : -1;
    const type = query.type ? s.types.indexOf(query.type) : -1;
    const minPop = query.minPopulation ?? -Infinity;
    const maxPop = query.maxPopulation ?? Infinity;
    const byPop = query.minPopulation !== undefined || query.maxPopulation !== undefined;
    const regionOk = query.region ? this.regionsMatching(query.region) : null;
    const near = this.nearTest(query);
    return (i) => {
      if (query.country && s.country[i] !== country) return false;
      if (query.type && s.type[i] !== type) return false;
      if (byPop) {
        const p = s.population[i]!;
        if (!(p >= minPop && p <= maxPop)) return false;
      }
      if (regionOk !== null && !regionOk[s.region[i]!]) return false;
      return near === null || near(i);
    };
  }

  /** Which regions a region filter accepts: its folded name (English or Turkish), or a code starting with it. */
  private regionsMatching(region: string): Uint8Array {
    const name = fold(region);
    const code = region.toUpperCase().replace(/[^A-Z0-9-]/g, '') || null;
    return Uint8Array.from(this.s.regions, (r, k) => (this.regionKeys[k] === name || this.regionTrKeys[k] === name || (code !== null && r.code?.startsWith(code)) ? 1 : 0));
  }

  private nearTest(query: AuthoritySearchQuery): ((i: number) => boolean) | null {
    const near = query.near;
    // Distances are read only by a search with `near`, and only for the rows it accepts: each accepted
    // row gets its distance (NaN without coordinates) here, so nothing is cleared for the other rows.
    if (!near) return null;
    const { lat: latOf, lon: lonOf } = this.s;
    const [lat0, lon0] = near;
    const radius = query.radiusKm ?? Infinity;
    const { latMin, latMax, lonMin, lonMax } = boundingBox(lat0, lon0, radius);
    return (i) => {
      const lat = latOf[i]!;
      const lon = lonOf[i]!;
      if (Number.isNaN(lat)) {
        this.distance[i] = NaN;
        return radius === Infinity;
      }
      if (lat < latMin || lat > latMax || lon < lonMin || lon > lonMax) return false;
      const d = distanceKm(lat0, lon0, lat, lon);
      this.distance[i] = d;
      return d <= radius;
    };
  }
}

/** The degrees around a point that hold every place within radiusKm of it (a box, checked before the haversine). */
export function boundingBox(lat0: number, lon0: number, radiusKm: number): { latMin: number; latMax: number; lonMin: number; lonMax: number } {
  const dLat = radiusKm / KM_PER_DEGREE;
  const dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos((Math.min(89, Math.abs(lat0) + dLat) * Math.PI) / 180)));
  return { latMin: lat0 - dLat, latMax: lat0 + dLat, lonMin: lon0 - dLon, lonMax: lon0 + dLon };
}

/** Distinct values in order of first appearance, each with its index. */
class Values<T> {
  readonly list: T[] = [];
  private at = new Map<T, number>();

  index(value: T): number {
    let i = this.at.get(value);
    if (i === undefined) this.at.set(value, (i = this.list.push(value) - 1));
    return i;
  }
}
