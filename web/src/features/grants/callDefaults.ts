import { EU_COUNTRIES } from '../../../../shared/countries';
import { THEMES } from '../../../../shared/themes';
import { newUid, type CallValues, type SectionValues } from './callForm';
import { toIstanbulLocal } from './istanbul';
import { centsToInput } from './money';

/*
 * A new call starts from the figures of the EU "Town Twinning between Turkey and the EU" grant scheme
 * (2018), as server/domains/grants/fixtures.ts call2018Rules has them: EUR 2.6 M, grants of
 * EUR 60,000–130,000, 10 % co-financing, 7 % indirect costs, 18 months, ten themes, and a PRAG-like
 * grid of 100 points (relevance ×2, eliminatory below 20 of 30; 60 overall). Copied, not imported:
 * server code stays out of the web bundle. The grid's criterion titles are bilingual call content.
 */

type Criterion = [string, string];
const GRID: { key: string; en: string; tr: string; weight: number; threshold: number | null; eliminatory: boolean; criteria: Criterion[] }[] = [
  { key: 'relevance', en: 'Relevance of the action', tr: 'Eylemin ilgililiği', weight: 2, threshold: 20, eliminatory: true, criteria: [
    ['Relevance to the objectives and themes of the call', 'Teklif çağrısının amaç ve temalarıyla ilgisi'],
    ['Relevance to the needs of the towns and target groups', 'Şehirlerin ve hedef grupların ihtiyaçlarıyla ilgisi'],
    ['Added value of the twinning partnership', 'Kardeş şehir ortaklığının katma değeri'],
  ] },
  { key: 'operational_capacity', en: 'Operational capacity', tr: 'Operasyonel kapasite', weight: 1, threshold: null, eliminatory: false, criteria: [
    ['Experience in managing projects', 'Proje yönetimi deneyimi'],
    ['Technical expertise on the theme', 'Temaya ilişkin teknik uzmanlık'],
    ['Management capacity (staff, equipment)', 'Yönetim kapasitesi (personel, ekipman)'],
    ['Commitment of the partner authorities', 'Ortak yönetimlerin katılımı'],
  ] },
  { key: 'methodology', en: 'Methodology', tr: 'Metodoloji', weight: 1, threshold: null, eliminatory: false, criteria: [
    ['Coherence of the design', 'Tasarımın tutarlılığı'],
    ['Feasibility of the activities', 'Faaliyetlerin uygulanabilirliği'],
    ['Involvement of partners and stakeholders', 'Ortakların ve paydaşların katılımı'],
    ['Clarity of the work plan', 'İş planının açıklığı'],
    ['Measurable indicators', 'Ölçülebilir göstergeler'],
  ] },
  { key: 'sustainability', en: 'Sustainability', tr: 'Sürdürülebilirlik', weight: 1, threshold: null, eliminatory: false, criteria: [
    ['Expected impact on the target groups', 'Hedef gruplar üzerindeki beklenen etki'],
    ['Multiplier effects', 'Çarpan etkileri'],
    ['Sustainability after the grant', 'Hibe sonrasında sürdürülebilirlik'],
  ] },
  { key: 'budget', en: 'Budget and cost-effectiveness', tr: 'Bütçe ve maliyet etkinliği', weight: 1, threshold: null, eliminatory: false, criteria: [
    ['Ratio between costs and expected results', 'Maliyetler ile beklenen sonuçlar arasındaki oran'],
    ['Necessity of the proposed costs', 'Önerilen maliyetlerin gerekliliği'],
  ] },
];

const LEAD_TYPES = [
  'metropolitan_municipality', 'province_center', 'district_center', 'town',
  'special_provincial_administration', 'union_of_municipalities', 'governorate', 'district_governorate',
];

/** The 2018 grid as editor rows (five-point criteria). */
export function defaultSections(): SectionValues[] {
  return GRID.map((s) => ({
    uid: newUid(), key: s.key, titleEn: s.en, titleTr: s.tr, threshold: s.threshold ?? '', eliminatory: s.eliminatory,
    criteria: s.criteria.map(([en, tr], i) => ({ uid: newUid(), key: `${s.key}_${i + 1}`, titleEn: en, titleTr: tr, maxScore: 5, weight: s.weight })),
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
      themes: [...THEMES], leadTypes: [...LEAD_TYPES], leadCountries: ['TR'], partnerCountries: [...EU_COUNTRIES], minPartners: 1,
      opensAt: istanbulDay(now, 7, '10:00'), deadlineAt: istanbulDay(now, 113, '17:00'), maxDurationMonths: 18,
      grid: { sections: defaultSections(), overallThreshold: 60 },
      assessorsPerApplication: 2, divergenceThreshold: 20, excludeSameCountryAssessors: true,
      twoStage: false, amountChangeLimitBp: '20', preFinancingBp: '80',
      tieBreaks: ['unfunded_theme_first', 'section_score'], tieBreakSection: 'relevance',
    },
  };
}
