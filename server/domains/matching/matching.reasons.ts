import type { AuthoritySummary } from '../../../shared/authorities';
import { displayName } from '../../../shared/authorityNames';
import { THEME_NAMES, type Theme } from '../../../shared/themes';
import type { MinorityFact } from './matching.minority';
import type { Recommendation } from './matching.recommend';
import { DEFAULT_WEIGHTS, type Signal } from './matching.rules';

export type Lang = 'tr' | 'en';

/** Facts a reason can quote: both sides and the counts behind the signals. */
export interface ReasonFacts {
  source: AuthoritySummary;
  candidate: AuthoritySummary;
  distanceKm: number | null;
  turkishTies: number;
  sharedPartners: number;
  sharedThemes: string[];
  /** The old name one side carries of the other (Nea Moudania ↔ Mudanya); greek: the name is in Greek script. */
  oldName: { name: string; greek: boolean } | null;
  /** The published figure (or Western Thrace's flag) where an EU candidate lies, for a Turkish source. */
  minority: MinorityFact | null;
}

const MIN_VALUE = 0.25;
const MAX_REASONS = 4;
/** "A large city" is said from this population on; the size signal itself grows smoothly below it. */
export const LARGE_CITY = 200_000;

const themeList = (themes: readonly string[], lang: Lang) => themes.map((t) => THEME_NAMES[lang][t as Theme] ?? t).join(', ');

// Built once per language: an Intl object costs more to make than a whole candidate scan step.
const REGIONS: Record<Lang, Intl.DisplayNames> = { tr: new Intl.DisplayNames(['tr'], { type: 'region' }), en: new Intl.DisplayNames(['en'], { type: 'region' }) };
const NUMBERS: Record<Lang, Intl.NumberFormat> = { tr: new Intl.NumberFormat('tr-TR'), en: new Intl.NumberFormat('en-GB') };
const country = (code: string, lang: Lang) => REGIONS[lang].of(code) ?? code;
const num = (n: number | null, lang: Lang) => (n === null ? '?' : NUMBERS[lang].format(n));

/** Plain-words sentence for one signal, in Turkish or English. */
export function sentence(kind: Signal | string, f: ReasonFacts, lang: Lang): string | null {
  const tr = lang === 'tr';
  switch (kind) {
    case 'population':
      return tr
        ? `Benzer nüfus (${num(f.candidate.population, lang)} ve ${num(f.source.population, lang)})`
        : `Similar population (${num(f.candidate.population, lang)} and ${num(f.source.population, lang)})`;
    case 'twinning_activity':
      return tr ? 'Kardeş şehir ilişkilerinde deneyimli' : 'Experienced in twinning: many partner towns already';
    case 'turkish_ties': {
      // Whether earlier partners across the divide count for or against one more is the fitted weight's
      // sign (matching.rules.ts): say which, so the count is not read as praise when the model reads it as a caution.
      if (f.turkishTies === 0) return null;
      const eu = f.candidate.country === 'TR';
      const helps = DEFAULT_WEIGHTS.turkish_ties > 0;
      if (tr) {
        const side = eu ? 'AB' : 'Türk';
        return `Zaten ${f.turkishTies} ${side} belediyesiyle kardeş; bu, ${helps ? `yeni bir ${side} ortaklığını daha olası kılıyor` : `öneride biraz aleyhine sayılıyor: çok ${side} ortağı olan şehirler daha az yeni ortak ediniyor`}`;
      }
      const side = eu ? 'EU' : 'Turkish';
      return `Already twinned with ${f.turkishTies} ${side} ${f.turkishTies === 1 ? 'town' : 'towns'}, ${helps ? `which makes a new ${side} partnership more likely` : `which counts slightly against it here: towns with many ${side} partners take on fewer new ones`}`;
    }
    case 'historical_name':
      return oldNameSentence(f, lang);
    case 'minority_share':
      return minoritySentence(f.minority, lang);
    case 'size':
      if ((f.candidate.population ?? 0) < LARGE_CITY) return null;
      return tr ? `Büyük bir şehir (${num(f.candidate.population, lang)} nüfus)` : `A large city (population ${num(f.candidate.population, lang)})`;
    case 'size_pattern':
      return tr ? 'Sizin büyüklüğünüzdeki belediyeler sıklıkla bu büyüklükteki şehirlerle kardeş olur' : 'Towns of your size often twin with towns of this size';
    case 'towns_like_yours':
      return tr ? 'İlinizdeki belediyelerle kardeş' : 'Twinned with towns in your province';
    case 'country_share':
      return tr ? `${country(f.candidate.country, lang)}, Türk belediyelerinin en çok kardeşlik kurduğu ülkelerden` : `${country(f.candidate.country, lang)} is among the countries Turkish towns twin with most`;
    case 'your_countries':
      return tr ? `${country(f.candidate.country, lang)} ile zaten çalışıyorsunuz` : `Your authority already works with ${country(f.candidate.country, lang)}`;
    case 'partners_of_partners':
      return tr ? `${f.sharedPartners} ortak kardeş şehriniz var` : `Shares ${f.sharedPartners} partner ${f.sharedPartners === 1 ? 'town' : 'towns'} with you`;
    case 'turkey_like_partners':
      return tr ? 'Türkiye’nin de kardeş olduğu ülkelerde ortakları var' : 'Has partners where Turkish towns have theirs too';
    case 'region_ties': {
      const eu = f.candidate.country === 'TR';
      if (tr) return eu ? 'İlindeki başka belediyeler de AB belediyeleriyle kardeş' : 'Bölgesindeki başka belediyeler de Türk belediyeleriyle kardeş';
      return eu ? 'Other towns in its province are twinned with EU towns' : 'Other towns in its region are twinned with Turkish towns';
    }
    case 'partners_ties': {
      const eu = f.candidate.country === 'TR';
      if (tr) return eu ? 'Kardeş şehirleri de AB belediyeleriyle kardeş' : 'Kardeş şehirleri de Türk belediyeleriyle kardeş';
      return eu ? 'Its partner towns are twinned with EU towns too' : 'Its partner towns are twinned with Turkish towns too';
    }
    case 'region_links': {
      const eu = f.candidate.country === 'TR';
      if (tr) return eu ? 'Bölgenizdeki belediyelerin bu ilde kardeşleri var' : 'İlinizdeki belediyelerin bu bölgede kardeşleri var';
      return eu ? 'Towns of your region have partners in its province' : 'Towns of your province have partners in its region';
    }
    case 'distance':
      return f.distanceKm === null ? null : tr ? `Yakın: ${num(Math.round(f.distanceKm), lang)} km` : `Close by: ${num(Math.round(f.distanceKm), lang)} km`;
    case 'themes':
      if (!f.sharedThemes.length) return null;
      return tr ? `Ortak temalar: ${themeList(f.sharedThemes, lang)}` : `Shared themes: ${themeList(f.sharedThemes, lang)}`;
    case 'open_request':
      return tr ? 'Size uyan açık bir ortaklık talebi var' : 'Has an open partner request that fits you';
    default:
      return null;
  }
}

/** "Néa Moudhaniá carries the old Greek name of Mudanya (Mudania)": only what the names show, not who founded it. */
function oldNameSentence(f: ReasonFacts, lang: Lang): string | null {
  if (!f.oldName) return null;
  const [eu, tr] = f.candidate.country === 'TR' ? [f.source, f.candidate] : [f.candidate, f.source];
  const euName = displayName(eu, lang).label;
  const trName = displayName(tr, lang).label;
  const { name, greek } = f.oldName;
  if (lang === 'tr') return `${euName}, ${trName} için kullanılmış ${greek ? 'eski Rumca adı' : 'eski bir adı'} taşıyor (${name})`;
  return `${euName} carries ${greek ? 'the old Greek name' : 'an old name'} of ${trName} (${name})`;
}

/** The figure with its year, or what Western Thrace's flag is: a description, not a count. */
function minoritySentence(m: MinorityFact | null, lang: Lang): string | null {
  if (!m) return null;
  const tr = lang === 'tr';
  const area = tr ? m.areaTr : m.areaEn;
  if (m.kind === 'flag') {
    const core = m.flag === 'core';
    if (tr) return `Batı Trakya’da, Yunanistan’ın Müslüman Türk azınlığının ${core ? 'yaşadığı bölgede' : 'yaşadığı bölgenin kenarında'} (resmî bir sayım değil: kamuya açık tanımlar)`;
    return `${core ? 'In the heart of' : 'On the edge of'} Western Thrace’s Muslim Turkish minority area (from public descriptions; no official count exists)`;
  }
  const year = String(m.year);
  const pct = new Intl.NumberFormat(tr ? 'tr-TR' : 'en-GB', { maximumFractionDigits: 2 }).format(m.figure);
  if (m.kind === 'share') return tr ? `${area} nüfusunun %${pct} kadarı ${year} sayımında Türk etnik kimliğini beyan etti` : `${pct}% of ${area}’s people declared Turkish ethnicity in the ${year} census`;
  if (m.kind === 'background') return tr ? `${area} nüfusunun %${pct} kadarının Türkiye kökenli göç geçmişi var (${year} verisi)` : `${pct}% of ${area}’s people have a migration background from Turkey (${year} figure)`;
  if (m.kind === 'born') return tr ? `${year} sayımında ${area} içinde Türkiye doğumlu ${num(m.figure, lang)} göçmen yaşıyordu` : `${num(m.figure, lang)} immigrants born in Turkey lived in ${area} at the ${year} census`;
  return tr ? `${year} yılında ${area} içinde ${num(m.figure, lang)} Türk vatandaşı kayıtlıydı (yabancılar kütüğü)` : `${num(m.figure, lang)} Turkish nationals were registered in ${area} in ${year} (register of foreign nationals)`;
}

/**
 * The strongest reasons behind a recommendation, by weighted contribution, in plain words. Shared
 * themes are always said when there are any: they are what an officer declared and filters on, so a
 * list of reasons that left them out (their weight is small next to twinning history) would hide why.
 */
export function reasonsFor(rec: Recommendation, facts: ReasonFacts, lang: Lang): { kind: string; text: string }[] {
  const weights = DEFAULT_WEIGHTS as Record<string, number>;
  // Reasons for a candidate are the signals that raised its score: a signal with a negative weight is no reason for it.
  const said = Object.entries(rec.values)
    .filter(([kind, v]) => (weights[kind] ?? 1) > 0 && (v >= MIN_VALUE || (kind === 'themes' && v > 0)))
    .sort(([ka, va], [kb, vb]) => (weights[kb] ?? 1) * vb - (weights[ka] ?? 1) * va)
    .map(([kind]) => ({ kind, text: sentence(kind, facts, lang) }))
    .filter((r): r is { kind: string; text: string } => r.text !== null);
  const top = said.slice(0, MAX_REASONS);
  const themes = said.find((r) => r.kind === 'themes');
  if (themes && !top.includes(themes)) top[MAX_REASONS - 1] = themes;
  // Earlier Turkish (or EU) partners are said either way: for, among the reasons; against, as a last caution.
  const ties = rec.values.turkish_ties ?? 0;
  const caution = weights.turkish_ties! < 0 && ties >= MIN_VALUE ? sentence('turkish_ties', facts, lang) : null;
  if (caution) top.push({ kind: 'turkish_ties', text: caution });
  return top;
}
