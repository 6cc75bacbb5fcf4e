import type { TwinningSource, TwinningStatus } from './twinnings';

export type LabelLang = 'en' | 'tr';

/**
 * The words for a twinning's state and source, as the registry shows them and its exports write them.
 * The web's dictionaries (twinnings.status, twinnings.source) carry the same words; a test keeps them equal.
 */
export const STATUS_LABELS: Record<LabelLang, Record<TwinningStatus, string>> = {
  en: {
    proposed: 'Proposed',
    exploring: 'Exploring',
    agreed: 'Letter of intent signed',
    signed: 'Protocol signed',
    active: 'Active',
    dormant: 'Dormant',
    ended: 'Ended',
    unknown: 'Status not known',
  },
  tr: {
    proposed: 'Önerildi',
    exploring: 'Görüşülüyor',
    agreed: 'Niyet mektubu imzalandı',
    signed: 'Protokol imzalandı',
    active: 'Etkin',
    dormant: 'Durgun',
    ended: 'Sona erdi',
    unknown: 'Durumu bilinmiyor',
  },
};

export const SOURCE_LABELS: Record<LabelLang, Record<TwinningSource, string>> = {
  en: { wikipedia: 'Wikipedia', wikidata: 'Wikidata', dev_pairs: 'TR–EU list', platform: 'TwinBridge' },
  tr: { wikipedia: 'Wikipedia', wikidata: 'Wikidata', dev_pairs: 'TR–AB listesi', platform: 'TwinBridge' },
};
