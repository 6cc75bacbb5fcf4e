import type { AuthoritySummary } from '../../../shared/authorities';
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
}

const MIN_VALUE = 0.25;
const MAX_REASONS = 4;

const country = (code: string, lang: Lang) => new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
const num = (n: number | null, lang: Lang) => (n === null ? '?' : n.toLocaleString(lang === 'tr' ? 'tr-TR' : 'en-GB'));

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
      if (f.turkishTies === 0) return null;
      const eu = f.candidate.country === 'TR';
      if (tr) return eu ? `Zaten ${f.turkishTies} AB belediyesiyle kardeş` : `Zaten ${f.turkishTies} Türk belediyesiyle kardeş`;
      return `Already twinned with ${f.turkishTies} ${eu ? 'EU' : 'Turkish'} ${f.turkishTies === 1 ? 'town' : 'towns'}`;
    }
    case 'size':
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
      return tr ? `Ortak temalar (${f.sharedThemes.length})` : `Shared themes (${f.sharedThemes.length})`;
    case 'open_request':
      return tr ? 'Size uyan açık bir ortak arayışı var' : 'Has an open partner request that fits you';
    default:
      return null;
  }
}

/** The strongest reasons behind a recommendation, by weighted contribution, in plain words. */
export function reasonsFor(rec: Recommendation, facts: ReasonFacts, lang: Lang): { kind: string; text: string }[] {
  const weights = DEFAULT_WEIGHTS as Record<string, number>;
  return Object.entries(rec.values)
    .filter(([, v]) => v >= MIN_VALUE)
    .sort(([ka, va], [kb, vb]) => (weights[kb] ?? 1) * vb - (weights[ka] ?? 1) * va)
    .map(([kind]) => ({ kind, text: sentence(kind, facts, lang) }))
    .filter((r): r is { kind: string; text: string } => r.text !== null)
    .slice(0, MAX_REASONS);
}
