import { EU_COUNTRIES } from './countries';
import type { ApplicationContent, CallRules, GridSection } from './grants';
import { THEMES } from './themes';

/**
 * Test and seed fixtures for the grant scheme, shared by the grants rules, services and tests of
 * other people: keep them stable (add new fixtures rather than change these figures).
 */

const EUR = 100; // cents per euro

/** A grid section of `count` five-point criteria, each counted `weight` times. */
function section(key: string, titleEn: string, titleTr: string, count: number, weight: number, threshold: number | null, eliminatory = false): GridSection {
  const criteria = Array.from({ length: count }, (_, i) => ({
    key: `${key}_${i + 1}`,
    titleEn: `${titleEn} ${i + 1}`,
    titleTr: `${titleTr} ${i + 1}`,
    maxScore: 5,
    weight,
  }));
  return { key, titleEn, titleTr, criteria, threshold, eliminatory };
}

/**
 * The rules of a call modelled on the EU "Town Twinning between Turkey and the EU" grant scheme
 * (2018): EUR 2.6 M, grants of EUR 60,000–130,000, 10 % co-financing, 7 % indirect costs, 18 months,
 * and a PRAG-like grid of 100 points. The dates are illustrative, not the historical ones.
 */
export function call2018Rules(): CallRules {
  return {
    currency: 'EUR',
    budgetCents: 2_600_000 * EUR,
    minGrantCents: 60_000 * EUR,
    maxGrantCents: 130_000 * EUR,
    minCoFinancingBp: 1000,
    maxIndirectBp: 700,
    themes: [...THEMES],
    leadTypes: [
      'metropolitan_municipality', 'province_center', 'district_center', 'town',
      'special_provincial_administration', 'union_of_municipalities', 'governorate', 'district_governorate',
    ],
    leadCountries: ['TR'],
    partnerCountries: [...EU_COUNTRIES],
    minPartners: 1,
    opensAt: '2018-10-01T10:00:00+03:00',
    deadlineAt: '2019-01-15T17:00:00+03:00',
    maxDurationMonths: 18,
    grid: {
      sections: [
        section('relevance', 'Relevance of the action', 'Eyleme uygunluk', 3, 2, 20, true),
        section('operational_capacity', 'Operational capacity', 'Operasyonel kapasite', 4, 1, null),
        section('methodology', 'Methodology', 'Metodoloji', 5, 1, null),
        section('sustainability', 'Sustainability', 'Sürdürülebilirlik', 3, 1, null),
        section('budget', 'Budget and cost-effectiveness', 'Bütçe ve maliyet etkinliği', 2, 1, null),
      ],
      overallThreshold: 60,
    },
    assessorsPerApplication: 2,
    divergenceThreshold: 20,
    excludeSameCountryAssessors: true,
    twoStage: false,
    amountChangeLimitBp: 2000,
    preFinancingBp: 8000,
    tieBreaks: ['unfunded_theme_first', 'section_score'],
    tieBreakSection: 'relevance',
  };
}

/**
 * A complete application content that passes every submission rule of call2018Rules(): 12 months,
 * EUR 100,000 direct costs + EUR 7,000 indirect (exactly 7 %), EUR 90,000 requested (≈84 %).
 */
export function validContent2018(): ApplicationContent {
  return {
    titleEn: 'Green streets for twin towns',
    titleTr: 'Kardeş şehirler için yeşil sokaklar',
    theme: 'environment',
    summaryEn: 'Two towns exchange know-how on urban greening and run a joint pilot.',
    summaryTr: 'İki şehir kentsel yeşillendirme bilgisini paylaşır ve ortak bir pilot yürütür.',
    objectives: ['Share urban greening practice between the partner towns'],
    activities: [
      { title: 'Kick-off visit', description: 'Study visit of the partner town', startMonth: 1, endMonth: 2 },
      { title: 'Pilot street', description: 'Plant and monitor a pilot street', startMonth: 3, endMonth: 12 },
    ],
    expectedResults: ['One greened pilot street in each town'],
    indicators: [{ name: 'Trees planted', unit: 'trees', baseline: 0, target: 200 }],
    durationMonths: 12,
    budget: [
      { heading: 'human_resources', year: 1, description: 'Project coordinator', amountCents: 40_000 * EUR },
      { heading: 'travel', year: 1, description: 'Study visits', amountCents: 15_000 * EUR },
      { heading: 'equipment', year: 1, description: 'Planting and irrigation', amountCents: 30_000 * EUR },
      { heading: 'services', year: 1, description: 'Monitoring and audit', amountCents: 15_000 * EUR },
      { heading: 'indirect', year: 1, description: 'Indirect costs (7 %)', amountCents: 7_000 * EUR },
    ],
    requestedGrantCents: 90_000 * EUR,
  };
}
