/**
 * Turkish minorities and diaspora in the EU: where Turks live, towns twin with Turkish towns. The figures
 * (census shares, counts of Turkish nationals, Western Thrace's categorical flag) come from data/ with
 * their sources; this file ties them to EU authorities and turns them into a 0..1 value. Pure.
 */

/** One published figure for an area: a NUTS-2 or NUTS-3 region, or one LAU (data/eu_turkish_minority_figures.csv). */
export interface MinorityFigure {
  areaCode: string;
  areaEn: string;
  areaTr: string;
  figure: number;
  unit: 'share_pct' | 'count';
  /**
   * What was counted where it is not the unit's usual (a census's declared Turks for a share, registered
   * Turkish nationals for a count): people with a migration background from Turkey (a share), or
   * immigrants born in Turkey (a census count).
   */
  basis?: 'background' | 'born';
  year: number;
  publisher: string;
}

/** Western Thrace's flag per Greek LAU (data/el_western_thrace_muslim_minority_area.csv): no counts exist. */
export interface ThraceFlag {
  code: string;
  flag: 'core' | 'peripheral';
}

/** What the reason quotes, with the signal's value. */
export interface MinorityFact {
  /** share: declared ethnicity in a census; background: migration background from Turkey; count: Turkish nationals registered; born: immigrants born in Turkey. */
  kind: 'share' | 'background' | 'count' | 'born' | 'flag';
  /** Percent for a share, persons for a count, 0 for a flag. */
  figure: number;
  year: number | null;
  areaEn: string;
  areaTr: string;
  publisher: string;
  /** The flag that decided a Western Thrace value. */
  flag?: ThraceFlag['flag'];
  value: number;
}

/** An EU authority as the tie needs it: LAU code, NUTS-3 region, population. */
export interface EuArea {
  code: string;
  region: string | null;
  population: number | null;
}

/**
 * 0..1 from the share of the people (percent): 3% ≈ 0.26, 12% ≈ 0.7, a majority ≈ 1. Saturating, since a
 * town where every tenth person is Turkish already has the ties; a 50% province hardly has more of them.
 */
export const shareValue = (percent: number) => (percent > 0 ? 1 - Math.exp(-percent / 10) : 0);

/**
 * The flag is a category, not a share: "core" counts like a sizeable minority, "peripheral" like a
 * small one. Chosen, not measured; the weight that measure fits scales it like any other value.
 */
const FLAG_VALUE = { core: 0.5, peripheral: 0.25 } as const;

/** The fact for each EU authority with one: its own LAU figure, else its flag, else its NUTS-3 region's figure, else its NUTS-2 region's (a state's). */
export function minorityFacts(eu: readonly EuArea[], figures: readonly MinorityFigure[], flags: readonly ThraceFlag[]): Map<string, MinorityFact> {
  const regionPeople = new Map<string, number>();
  for (const a of eu) if (a.region && isLau(a.code)) for (const area of regionsOf(a.region)) regionPeople.set(area, (regionPeople.get(area) ?? 0) + (a.population ?? 0));
  const byArea = new Map(figures.map((f) => [f.areaCode, f]));
  const byFlag = new Map(flags.map((f) => [f.code, f.flag]));
  const out = new Map<string, MinorityFact>();
  for (const a of eu) {
    if (!isLau(a.code)) continue;
    const own = byArea.get(a.code);
    const flag = byFlag.get(a.code);
    const region = a.region ? regionsOf(a.region).map((area) => byArea.get(area)).find((f) => f !== undefined) : undefined;
    if (own) out.set(a.code, factOf(own, a.population ?? 0));
    else if (flag) out.set(a.code, { kind: 'flag', figure: 0, year: null, areaEn: 'Western Thrace', areaTr: 'Batı Trakya', publisher: '', flag, value: FLAG_VALUE[flag] });
    else if (region) out.set(a.code, factOf(region, regionPeople.get(region.areaCode) ?? 0));
  }
  return out;
}

/** A count is turned into a share of the area's people (the directory's population); unknown people give 0. */
function factOf(f: MinorityFigure, people: number): MinorityFact {
  const percent = f.unit === 'share_pct' ? f.figure : people > 0 ? (100 * f.figure) / people : 0;
  return { kind: f.basis ?? (f.unit === 'count' ? 'count' : 'share'), figure: f.figure, year: f.year, areaEn: f.areaEn, areaTr: f.areaTr, publisher: f.publisher, value: shareValue(percent) };
}

/** A NUTS-3 code and the NUTS-2 region it lies in (its first four characters), nearest first. */
const regionsOf = (nuts3: string) => (nuts3.length > 4 ? [nuts3, nuts3.slice(0, 4)] : [nuts3]);

/** LAU codes are <country>_<id> (DE_05315000); EU regions (DE-REG-02) carry no figure of their own. */
const isLau = (code: string) => /^[A-Z]{2}_/.test(code);
