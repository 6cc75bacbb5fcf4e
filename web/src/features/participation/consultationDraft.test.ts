import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { checkDraft, emptyDraft, newQuestion, type ConsultationDraft } from './consultationDraft';

const t: TFunction = i18n.t.bind(i18n);

beforeAll(async () => {
  await i18n.changeLanguage('en');
});

describe('the creation form checked by the shared schema', () => {
  it('says each problem in words at its field', () => {
    const draft: ConsultationDraft = {
      ...emptyDraft(),
      opensAt: '2027-02-01T10:00',
      closesAt: '2027-01-01T10:00',
      questions: [{ ...newQuestion('single'), prompt: { tr: '', en: 'Which?' }, options: [{ tr: 'A', en: 'A' }, { tr: 'a', en: 'A' }] }],
      statements: ['no'],
    };
    const out = checkDraft(draft, t);
    expect('errors' in out && out.errors).toEqual({
      title: 'Write it in Turkish or English.',
      description: 'Write it in Turkish or English.',
      'questions.0.options.1': 'This option repeats another one.',
      'statements.0': 'A statement has 3 to 280 characters.',
      closesAt: 'The closing must come after the opening.',
    });
  });

  it('sends Istanbul wall times with their offset and leaves options out of scales', () => {
    const draft: ConsultationDraft = {
      ...emptyDraft(),
      title: { tr: 'Park', en: '' },
      description: { tr: 'Parkı konuşalım', en: '' },
      opensAt: '2027-01-10T09:00',
      closesAt: '2027-02-10T18:00',
      questions: [{ ...newQuestion('scale'), prompt: { tr: 'Ne kadar?', en: '' }, options: [{ tr: 'x', en: '' }] }],
    };
    const out = checkDraft(draft, t);
    expect('body' in out && out.body).toMatchObject({
      opensAt: '2027-01-10T09:00:00+03:00',
      closesAt: '2027-02-10T18:00:00+03:00',
      questions: [{ kind: 'scale', options: [], prompt: { tr: 'Ne kadar?', en: '' } }],
      audience: 'public',
      minGroupSize: 5,
    });
  });
});
