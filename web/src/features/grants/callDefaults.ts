import { EU_COUNTRIES } from '../../../../shared/countries';
import { twinningGrid } from '../../../../shared/grants.grid';
import { THEMES } from '../../../../shared/themes';
import { gridValues, newUid, type CallValues, type SectionValues } from './callForm';
import { toIstanbulLocal } from '../../../../shared/istanbul';
import { centsToInput } from './money';
import { conceptNoteGrid, DEFAULT_PRE_SELECTION_THRESHOLD } from '../../../../shared/grants.concept';

/*
 * A new call starts from the figures of the EU "Town Twinning between Turkey and the EU" grant scheme
 * (2018), as server/domains/grants/fixtures.ts call2018Rules has them: EUR 2.6 M, grants of
 * EUR 60,000–130,000, 10 % co-financing, 7 % indirect costs, 18 months, ten themes; and the
 * PRAG-structured grid of shared/grants.grid.ts (100 points, capacity and relevance eliminatory, 60
 * overall), whose criteria and guidance are bilingual call content the manager may change.
 */

/** The Union of Municipalities of Turkey (Türkiye Belediyeler Birliği) in the directory. */
export const NATIONAL_UNION = 'TR-BIR-TBB';

const LEAD_TYPES = [
  'metropolitan_municipality', 'province_center', 'district_center', 'town',
  'special_provincial_administration', 'union_of_municipalities', 'governorate', 'district_governorate',
];

/** The twinning grid as editor rows (five-point criteria with guidance). */
export function defaultSections(): SectionValues[] {
  return twinningGrid().sections.map((s) => ({
    ...s, uid: newUid(), threshold: s.threshold ?? '',
    criteria: s.criteria.map((c) => ({ ...c, uid: newUid(), guidanceEn: c.guidanceEn ?? '', guidanceTr: c.guidanceTr ?? '' })),
  }));
}

/** Istanbul wall time `days` after today's Istanbul date, at `time` ('HH:mm'). */
function istanbulDay(now: Date, days: number, time: string): string {
  const today = toIstanbulLocal(now.toISOString()).slice(0, 10);
  const at = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000);
  return `${at.toISOString().slice(0, 10)}T${time}`;
}

/** A new call's values: the 2018 figures; it opens in a week at 10:00 and closes 106 days later at 17:00, Istanbul time. */
export function defaultCallValues(now: Date, locale: string): CallValues {
  const euros = (n: number) => centsToInput(n * 100, locale);
  return {
    reference: '',
    titleEn: '',
    titleTr: '',
    rules: {
      budgetCents: euros(2_600_000), minGrantCents: euros(60_000), maxGrantCents: euros(130_000),
      minCoFinancingBp: '10', maxIndirectBp: '7',
      themes: [...THEMES], leadTypes: [...LEAD_TYPES], leadCountries: ['TR'], partnerCountries: [...EU_COUNTRIES], partnerTypes: [], minPartners: 1,
      opensAt: istanbulDay(now, 7, '10:00'), deadlineAt: istanbulDay(now, 113, '17:00'), maxDurationMonths: 18,
      grid: { sections: defaultSections(), overallThreshold: twinningGrid().overallThreshold },
      assessorsPerApplication: 2, divergenceThreshold: 20, excludeSameCountryAssessors: true, sameCountryExclusion: 'partners',
      twoStage: false, amountChangeLimitBp: '20', preFinancingBp: '80',
      tieBreaks: ['unfunded_theme_first', 'section_score'], tieBreakSection: 'relevance',
      // Unions of municipalities may lead (LEAD_TYPES); the national union, which takes part in running
      // the programme, is excluded by default. No EU-share floor and no minimum duration unless set.
      minEuShareBp: '', minDurationMonths: '', excludedAuthorities: [NATIONAL_UNION],
      preSelectionThreshold: DEFAULT_PRE_SELECTION_THRESHOLD, fullDeadlineAt: istanbulDay(now, 200, '17:00'),
      // PRAG's 50-point concept-note grid, edited per call; the reserve list stays valid unless a term is set.
      conceptGrid: gridValues(conceptNoteGrid()), reserveValidMonths: '',
    },
  };
}
