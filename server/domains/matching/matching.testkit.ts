import type { AuthoritySummary } from '../../../shared/authorities';
import { type Edge, TwinGraph } from './matching.graph';

/** A directory row for tests: only what the graph reads. */
export function authority(code: string, country: string, population: number, lat: number, lon: number, region: string): AuthoritySummary {
  const type = country === 'TR' ? 'district_center' : 'municipality';
  return { code, name: code, nameLatin: null, country, type, population, lat, lon, region, regionName: null };
}

/** A twinning between two directory codes. */
export const pair = (a: string, b: string): Edge => ({ a, b, aCountry: null, bCountry: null });

/**
 * A tiny world: two Turkish towns in Edirne (TR-22) and Istanbul (TR-34); a Bulgarian town near Edirne,
 * three German towns and a Greek one; Baku outside the directory.
 * 0 T1 Edirne-like, 1 T2 same province, 2 T3 Istanbul-like; 3 B1, 4 D1 Berlin-like, 5 D2, 6 G1, 7 D3 (no twinnings).
 */
export function tinyGraph(extra: readonly Edge[] = []): TwinGraph {
  const directory = [
    authority('TR-T1', 'TR', 100_000, 41.67, 26.56, 'TR-22'),
    authority('TR-T2', 'TR', 50_000, 41.5, 26.9, 'TR-22'),
    authority('TR-T3', 'TR', 1_000_000, 41.0, 28.97, 'TR-34'),
    authority('BG_1', 'BG', 90_000, 42.0, 26.0, 'BG341'),
    authority('DE_1', 'DE', 1_000_000, 52.5, 13.4, 'DE300'),
    authority('DE_2', 'DE', 10_000, 52.0, 13.0, 'DE405'),
    authority('EL_1', 'GR', 100_000, 40.6, 22.9, 'EL522'),
    authority('DE_3', 'DE', 200_000, 51.0, 7.0, 'DEA23'),
  ];
  const edges: Edge[] = [
    pair('TR-T2', 'BG_1'),
    pair('TR-T3', 'DE_1'),
    pair('TR-T3', 'DE_2'),
    { a: 'TR-T1', b: null, bName: 'Baku', aCountry: 'TR', bCountry: 'AZ' },
    { a: 'DE_2', b: null, bName: 'Baku', aCountry: 'DE', bCountry: 'AZ' },
    pair('DE_1', 'DE_2'),
    pair('TR-T1', 'EL_1'),
  ];
  return new TwinGraph(directory, [...edges, ...extra]);
}
