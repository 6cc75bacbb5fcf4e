import type { ApplicationContent, BudgetLine } from './grants';
import type { Theme } from './themes';
import { maxIndirectCents } from './grants.budget.rules';

// Demo applications read like real ones: a title per theme, objectives, activities over 18 months,
// indicators, and a budget that respects the 2018 call's rules (10 % co-financing, 7 % indirect).

const TOPICS: Record<Theme, { en: string; tr: string; indicator: string; unit: string }> = {
  environment: { en: 'Clean rivers and green corridors', tr: 'Temiz nehirler ve yeşil koridorlar', indicator: 'Hectares of green corridor restored', unit: 'ha' },
  energy: { en: 'Solar roofs for public buildings', tr: 'Kamu binaları için güneş çatıları', indicator: 'Installed solar capacity', unit: 'kWp' },
  climate_change: { en: 'Local climate adaptation plan', tr: 'Yerel iklim uyum planı', indicator: 'Staff trained in climate adaptation', unit: 'people' },
  smart_cities: { en: 'Open data and smart mobility', tr: 'Açık veri ve akıllı ulaşım', indicator: 'Open datasets published', unit: 'datasets' },
  recycling: { en: 'Zero-waste neighbourhoods', tr: 'Sıfır atık mahalleleri', indicator: 'Households separating waste', unit: 'households' },
  sustainable_tourism: { en: 'Heritage trails and sustainable tourism', tr: 'Miras rotaları ve sürdürülebilir turizm', indicator: 'Trail kilometres signposted', unit: 'km' },
  youth_and_sports: { en: 'Youth exchanges through sport', tr: 'Spor yoluyla gençlik değişimleri', indicator: 'Young people in exchanges', unit: 'people' },
  culture: { en: 'Shared festivals and cultural memory', tr: 'Ortak festivaller ve kültürel bellek', indicator: 'Joint cultural events held', unit: 'events' },
  migration_management: { en: 'Welcoming services for newcomers', tr: 'Yeni gelenler için karşılama hizmetleri', indicator: 'Newcomers advised', unit: 'people' },
  rural_development: { en: 'Short food chains for rural producers', tr: 'Kırsal üreticiler için kısa gıda zincirleri', indicator: 'Producers in the cooperative network', unit: 'producers' },
};

/** Split an amount in cents into parts proportional to whole-number weights, exactly. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[0]! += total - parts.reduce((s, p) => s + p, 0);
  return parts;
}

/** A budget whose total leaves the applicants at least `coFinancingBp` and keeps indirect costs at the cap. */
function budgetFor(grantCents: number, coFinancingBp: number): BudgetLine[] {
  // total ≥ grant / (1 − co-financing); direct costs carry the indirect share on top.
  const total = Math.ceil((grantCents * 10_000) / (10_000 - coFinancingBp)) + 100_00;
  const direct = Math.ceil((total * 100) / 107);
  const indirect = maxIndirectCents(direct, { maxIndirectBp: 700 });
  const headings = ['human_resources', 'travel', 'equipment', 'services', 'other'] as const;
  const amounts = split(direct, [40, 20, 15, 20, 5]);
  const lines: BudgetLine[] = [];
  headings.forEach((heading, i) => {
    const [y1, y2] = split(amounts[i]!, [2, 1]);
    lines.push({ heading, year: 1, description: '', amountCents: y1! }, { heading, year: 2, description: '', amountCents: y2! });
  });
  lines.push({ heading: 'indirect', year: 1, description: '7 %', amountCents: indirect });
  return lines;
}

/** The content of a demo application between a lead and a partner on a theme. */
export function demoContent(theme: Theme, leadName: string, partnerName: string, grantCents: number): ApplicationContent {
  const t = TOPICS[theme];
  return {
    titleEn: `${t.en}: ${leadName} and ${partnerName}`,
    titleTr: `${t.tr}: ${leadName} ve ${partnerName}`,
    theme,
    summaryEn: `${leadName} and ${partnerName} share their experience on ${t.en.toLowerCase()} through study visits, joint training and a pilot in ${leadName}. (Demo data.)`,
    summaryTr: `${leadName} ve ${partnerName}, ${t.tr.toLocaleLowerCase('tr')} konusundaki deneyimlerini çalışma ziyaretleri, ortak eğitimler ve ${leadName} içinde bir pilot uygulama ile paylaşıyor. (Demo veri.)`,
    objectives: [`Transfer ${partnerName}'s practice in ${t.en.toLowerCase()}`, 'Build a lasting partnership between the two administrations'],
    activities: [
      { title: 'Kick-off and study visit', description: 'Officials and experts visit the partner.', startMonth: 1, endMonth: 3 },
      { title: 'Joint training programme', description: 'Staff of both sides train together.', startMonth: 3, endMonth: 9 },
      { title: 'Pilot action', description: 'The practice is piloted in one district.', startMonth: 8, endMonth: 16 },
      { title: 'Results conference', description: 'Results shared with other municipalities.', startMonth: 17, endMonth: 18 },
    ],
    expectedResults: ['A pilot in operation', 'Trained staff on both sides', 'A twinning protocol renewed for five years'],
    indicators: [
      { name: t.indicator, unit: t.unit, baseline: 0, target: 100 },
      { name: 'Staff exchanged', unit: 'people', baseline: 0, target: 30 },
    ],
    durationMonths: 18,
    budget: budgetFor(grantCents, 1000),
    requestedGrantCents: grantCents,
  };
}
