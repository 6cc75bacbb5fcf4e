import { THEMES, type Theme } from '../../../shared/themes';

/** What a demo partner request says about one theme, in both languages. */
export interface RequestText {
  titleTr: string;
  titleEn: string;
  tr: string;
  en: string;
  timeframe: string;
}

/** One plausible partner request per theme; `{name}` is the requesting authority. */
export const REQUEST_TEXTS: Record<Theme, RequestText> = {
  environment: {
    titleTr: 'Kent içi yeşil alanlar için ortak arıyoruz', titleEn: 'Partner wanted for urban green spaces', timeframe: '2027–2028',
    tr: '{name}, parklar ve kent ormanları üzerine deneyim paylaşacak bir ortak belediye arıyor: ortak planlama, teknik ziyaretler ve gönüllü programları.',
    en: '{name} looks for a partner municipality to share experience on parks and urban forests: joint planning, study visits and volunteer programmes.',
  },
  energy: {
    titleTr: 'Kamu binalarında enerji verimliliği', titleEn: 'Energy efficiency in public buildings', timeframe: '2027',
    tr: '{name}, belediye binalarında enerji tüketimini azaltmak ve güneş enerjisi kurmak için iyi uygulamaları olan bir ortak arıyor.',
    en: '{name} seeks a partner with good practice in cutting energy use in municipal buildings and installing solar power.',
  },
  climate_change: {
    titleTr: 'İklim uyum planı için deneyim paylaşımı', titleEn: 'Sharing experience on a climate adaptation plan', timeframe: '2027–2029',
    tr: '{name}, sel ve sıcak hava dalgalarına karşı yerel iklim uyum planını hazırlarken birlikte çalışacağı bir belediye arıyor.',
    en: '{name} is preparing a local climate adaptation plan against floods and heatwaves and looks for a municipality to work with.',
  },
  smart_cities: {
    titleTr: 'Akıllı ulaşım ve açık veri', titleEn: 'Smart mobility and open data', timeframe: '2027',
    tr: '{name}, akıllı trafik yönetimi, toplu taşıma verisi ve açık veri portalları üzerine ortak projeler geliştirmek istiyor.',
    en: '{name} wants to develop joint projects on smart traffic management, public transport data and open data portals.',
  },
  recycling: {
    titleTr: 'Sıfır atık ve geri dönüşüm ortaklığı', titleEn: 'Zero waste and recycling partnership', timeframe: '2027–2028',
    tr: '{name}, kaynağında ayrıştırma, kompost ve geri dönüşüm merkezleri konusunda deneyimli bir ortak arıyor.',
    en: '{name} looks for a partner experienced in separate collection at source, composting and recycling centres.',
  },
  sustainable_tourism: {
    titleTr: 'Sürdürülebilir turizm rotaları', titleEn: 'Sustainable tourism routes', timeframe: '2027',
    tr: '{name}, kültür ve doğa rotalarını birlikte tanıtacak, ziyaretçi yükünü dengeleyecek bir kardeş şehir arıyor.',
    en: '{name} seeks a twin town to promote cultural and nature routes together and to spread visitor numbers over the year.',
  },
  youth_and_sports: {
    titleTr: 'Gençlik değişimi ve spor kampları', titleEn: 'Youth exchanges and sports camps', timeframe: 'Yaz 2027 / summer 2027',
    tr: '{name}, gençlik meclisleri arasında değişim ve ortak yaz spor kampları düzenlemek için ortak arıyor.',
    en: '{name} looks for a partner to organise exchanges between youth councils and joint summer sports camps.',
  },
  culture: {
    titleTr: 'Kültür festivali ve sanatçı değişimi', titleEn: 'Culture festival and artist exchange', timeframe: '2027',
    tr: '{name}, karşılıklı kültür haftaları ve sanatçı konukluk programları için bir ortak belediye arıyor.',
    en: '{name} looks for a partner municipality for mutual culture weeks and artist residencies.',
  },
  migration_management: {
    titleTr: 'Göçmenlerin kente uyumu', titleEn: 'Integration of migrants in the city', timeframe: '2027–2028',
    tr: '{name}, göçmenlere yönelik dil kursları, danışma merkezleri ve istihdam desteği konusunda deneyim paylaşmak istiyor.',
    en: '{name} wants to share experience on language courses, advice centres and job support for migrants.',
  },
  rural_development: {
    titleTr: 'Kırsal kalkınma ve yerel ürünler', titleEn: 'Rural development and local produce', timeframe: '2027–2028',
    tr: '{name}, kooperatifler, yerel ürün pazarları ve kırsal mahallelerde hizmetler için bir ortak arıyor.',
    en: '{name} looks for a partner on cooperatives, local produce markets and services for rural neighbourhoods.',
  },
};

/** Three themes for the i-th seeded authority: spread so that every theme is held by several on each side. */
export function demoThemes(i: number): Theme[] {
  return [0, 3, 7].map((step) => THEMES[(i + step) % THEMES.length]!);
}
