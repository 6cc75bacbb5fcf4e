import path from 'node:path';
import { num, parseCsv, readDataFile } from '../reference/csv';
import type { MinorityFigure, ThraceFlag } from './matching.minority';

/** Groups counted otherwise than the unit's usual measure (the `group` column), and what each is. */
const BASIS: Record<string, MinorityFigure['basis']> = { 'Turkish migration background': 'background', 'immigrants born in Turkey': 'born' };

/** The published minority and diaspora figures (data/eu_turkish_minority_figures.csv); rows without a number are skipped. */
export function readMinorityFigures(dataDir: string): MinorityFigure[] {
  return parseCsv(readDataFile(path.join(dataDir, 'eu_turkish_minority_figures.csv'))).flatMap((r) => {
    const figure = num(r.figure);
    const year = num(r.year);
    const unit = r.unit === 'count' || r.unit === 'share_pct' ? r.unit : null;
    if (figure === null || year === null || unit === null || !r.area_code) return [];
    const basis = BASIS[r.group ?? ''];
    if (basis && unit !== (basis === 'background' ? 'share_pct' : 'count')) return [];
    return [{ areaCode: r.area_code, areaEn: r.area_name_en ?? r.area_code, areaTr: r.area_name_tr ?? r.area_code, figure, unit, ...(basis ? { basis } : {}), year, publisher: r.publisher ?? '' }];
  });
}

/** Western Thrace's flagged LAUs (data/el_western_thrace_muslim_minority_area.csv), "none_known" left out. */
export function readThraceFlags(dataDir: string): ThraceFlag[] {
  return parseCsv(readDataFile(path.join(dataDir, 'el_western_thrace_muslim_minority_area.csv'))).flatMap((r) =>
    r.muslim_minority_area === 'core' || r.muslim_minority_area === 'peripheral' ? [{ code: r.gisco_id!, flag: r.muslim_minority_area }] : [],
  );
}
