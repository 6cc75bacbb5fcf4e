import { afterEach, describe, expect, it } from 'vitest';
import { authorityProfileUpdate } from '../../../shared/authorities';
import { z } from 'zod';
import { partnerRequestBody, partnerRequestPatch } from '../../../shared/matching';
import i18n from '../i18n';
import { validateWith } from './validation';

const request = { title: 'Youth exchanges', themes: ['youth_and_sports'], descriptionEn: 'We look for a partner.', descriptionTr: '' };
const errorsIn = async (lang: 'en' | 'tr', values: unknown, schema: Parameters<typeof validateWith>[0] = partnerRequestBody) => {
  await i18n.changeLanguage(lang);
  return validateWith(schema, values, i18n.t) ?? {};
};

describe('field messages', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('say what is wrong with the partner request’s themes and descriptions, in English and Turkish', async () => {
    expect((await errorsIn('en', { ...request, themes: [] })).themes).toBe('Choose at least one theme.');
    expect((await errorsIn('tr', { ...request, themes: [] })).themes).toBe('En az bir tema seçin.');
    expect((await errorsIn('en', { ...request, descriptionEn: '' })).descriptionEn).toBe('Write a description in English or Turkish (one is enough).');
    expect((await errorsIn('tr', { ...request, descriptionEn: '' })).descriptionEn).toBe('İngilizce ya da Türkçe bir açıklama yazın (biri yeterli).');
    expect((await errorsIn('en', { ...request, descriptionEn: 'x'.repeat(5001) })).descriptionEn).toBe('The English description must be at most 5000 characters.');
    expect((await errorsIn('tr', { ...request, descriptionTr: 'x'.repeat(5001) })).descriptionTr).toBe('Türkçe açıklama en fazla 5000 karakter olabilir.');
    expect((await errorsIn('en', { ...request, title: 'ab' })).title).toBe('The title must be at least 3 characters.');
    expect((await errorsIn('en', { ...request, minPopulation: 5000, maxPopulation: 100 })).minPopulation).toBe('The minimum population must not be greater than the maximum.');
    expect((await errorsIn('en', { ...request, minPopulation: -1 })).minPopulation).toBe('The minimum population must be at least 0.');
  });

  it('say an exclusive bound as greater or less than, a decimal field needs a number, a whole-number field a whole one', async () => {
    const schema = z.object({ grant: z.number().positive(), share: z.number().lt(1), people: z.number().int(), rate: z.number() });
    const values = { grant: 0, share: 1, people: 2.5, rate: 'x' };
    expect(await errorsIn('en', values, schema)).toMatchObject({
      grant: 'This field must be greater than 0.',
      share: 'This field must be less than 1.',
      people: 'This field must be a whole number.',
      rate: 'This field must be a number.',
    });
    expect(await errorsIn('tr', values, schema)).toMatchObject({
      grant: 'Bu alan 0 değerinden büyük olmalı.',
      share: 'Bu alan 1 değerinden küçük olmalı.',
      people: 'Bu alan bir tam sayı olmalı.',
      rate: 'Bu alan bir sayı olmalı.',
    });
  });

  it('say the partner request change that names no field in its own words, not "not valid"', async () => {
    expect(await errorsIn('en', {}, partnerRequestPatch)).toEqual({ form: 'Change at least one field.' });
    expect(await errorsIn('tr', {}, partnerRequestPatch)).toEqual({ form: 'En az bir alanı değiştirin.' });
  });

  it('never fall back to a sentence that fits any field, on the request and profile forms', async () => {
    const bad = [
      [partnerRequestBody, { title: '', themes: [], targetCountries: ['XX'], authorityTypes: ['castle'], languages: ['xx'], timeframe: 'x'.repeat(81), descriptionEn: '', descriptionTr: '', minPopulation: 1.5 }],
      [authorityProfileUpdate, { descriptionEn: 'x'.repeat(5001), themes: ['castles'], website: 'not a url', email: 'nobody', phone: 'call me' }],
    ] as const;
    for (const lang of ['en', 'tr'] as const) {
      for (const [schema, values] of bad) {
        const errors = await errorsIn(lang, values, schema);
        expect(Object.keys(errors).length).toBeGreaterThan(3);
        for (const [field, message] of Object.entries(errors)) {
          expect([field, message]).not.toEqual([field, i18n.t('validation.invalid')]);
          expect(message).not.toMatch(/\{\{/);
          // A list of choices is never said in characters ("at least 1 character" for the themes).
          if (['themes', 'targetCountries', 'authorityTypes', 'languages'].includes(field)) expect(message).not.toMatch(/character|karakter/);
        }
      }
    }
    expect((await errorsIn('en', { title: 'Youth', themes: ['castles'], descriptionEn: 'x' })).themes).toBe('Themes: choose one of the options.');
  });
});
