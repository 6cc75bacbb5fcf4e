/** What filling region names needs of a row. */
export interface RegionRow {
  country: string;
  region: string | null;
  regionName: string | null;
  population: number | null;
}

// France's overseas regions: GeoNames files them as countries of their own (GP, MQ, GF, RE, YT),
// so no commune there is matched; their NUTS 2021 names, in GeoNames' English form.
const OVERSEAS: Record<string, string> = { FRY10: 'Guadeloupe', FRY20: 'Martinique', FRY30: 'French Guiana', FRY40: 'Réunion', FRY50: 'Mayotte' };

/**
 * The first-level region name of each NUTS-3 region: the GeoNames region (admin1) in which most of
 * its people live, counted over the municipalities matched to a GeoNames place. No NUTS name list
 * ships with the data, and every municipality of a NUTS-3 region lies in one first-level region,
 * so the majority is that region (the rare split counts the bigger side).
 */
export function regionNamesByNuts(rows: readonly RegionRow[]): Map<string, string> {
  const tally = new RegionNameTally();
  for (const r of rows) tally.add(r);
  return tally.names();
}

/**
 * regionNamesByNuts counted one row at a time, so a load that inserts rows as it reads them
 * keeps only the counts (a few thousand regions), not the rows.
 */
export class RegionNameTally {
  private weights = new Map<string, Map<string, number>>();

  add(r: RegionRow): void {
    if (r.country === 'TR' || !r.region || !r.regionName) return;
    const names = this.weights.get(r.region) ?? new Map<string, number>();
    names.set(r.regionName, (names.get(r.regionName) ?? 0) + (r.population ?? 0) + 1);
    this.weights.set(r.region, names);
  }

  /** Each NUTS-3 region's name by the rows added so far (the order they came in does not matter). */
  names(): Map<string, string> {
    const out = new Map<string, string>(Object.entries(OVERSEAS));
    for (const [region, names] of this.weights) {
      const [best] = [...names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      out.set(region, best![0]);
    }
    return out;
  }
}

/** Whether a row waits for its NUTS-3 region's name (fillRegionNames gives it one, or leaves it without). */
export function lacksRegionName(r: RegionRow): boolean {
  return !r.regionName && !!r.region && r.country !== 'TR';
}

/**
 * Rows without a region name (French communes without coordinates, places far from any GeoNames
 * town) take their NUTS-3 region's, so no EU authority shows a bare NUTS code where its region goes.
 */
export function fillRegionNames<T extends RegionRow>(rows: readonly T[]): T[] {
  const byNuts = regionNamesByNuts(rows);
  return rows.map((r) => (lacksRegionName(r) ? { ...r, regionName: byNuts.get(r.region!) ?? null } : r));
}
