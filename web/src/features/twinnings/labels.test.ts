import { describe, expect, it } from 'vitest';
import { TWINNING_SOURCES, TWINNING_STATUSES } from '../../../../shared/twinnings';
import { SOURCE_LABELS, STATUS_LABELS } from '../../../../shared/twinnings.labels';
import en from '../../i18n/en.json';
import tr from '../../i18n/tr.json';

const dicts = { en: en.twinnings, tr: tr.twinnings };

describe('twinning states and sources read the same on screen and in exports', () => {
  it('the dictionaries carry the shared words, in both languages', () => {
    for (const lang of ['en', 'tr'] as const) {
      for (const s of TWINNING_STATUSES) expect(dicts[lang].status[s], `${lang} ${s}`).toBe(STATUS_LABELS[lang][s]);
      for (const s of TWINNING_SOURCES) expect(dicts[lang].source[s], `${lang} ${s}`).toBe(SOURCE_LABELS[lang][s]);
    }
  });

  it('uses the words of Turkish international-relations officers, one for each state', () => {
    expect(STATUS_LABELS.tr).toMatchObject({ agreed: 'Niyet mektubu imzalandı', signed: 'Protokol imzalandı', exploring: 'Görüşülüyor', unknown: 'Durumu bilinmiyor' });
    expect(new Set(Object.values(STATUS_LABELS.tr)).size).toBe(TWINNING_STATUSES.length);
    // No Turkish text about the lifecycle says "Anlaşıldı" ("understood") for a letter of intent.
    expect(JSON.stringify(dicts.tr)).not.toMatch(/Anlaşıldı/);
  });
});
