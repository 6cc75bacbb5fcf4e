import { afterEach, describe, expect, it } from 'vitest';
import { ApiRequestError } from '../api/client';
import i18n from '../i18n';
import { errorText } from './errors';

const conflict = (reason: string | null, params: Record<string, string | number> = {}) =>
  new ApiRequestError(409, 'conflict', 'The English sentence of the server', [], null, reason, params);

describe('errorText for a 409', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says the reason in the reader language, never the server sentence', async () => {
    await i18n.changeLanguage('en');
    expect(errorText(conflict('interest_pending'), i18n.t)).toBe('An expression of interest between these authorities is already waiting for an answer.');
    await i18n.changeLanguage('tr');
    expect(errorText(conflict('interest_pending'), i18n.t)).toBe('Bu iki yönetim arasında yanıt bekleyen bir ilgi beyanı zaten var.');
  });

  it('fills in the figures: counts with plurals, dates and times in the reader language', async () => {
    await i18n.changeLanguage('en');
    expect(errorText(conflict('award_applications_pending', { count: 2 }), i18n.t)).toBe('2 applications are still under check or evaluation.');
    expect(errorText(conflict('award_applications_pending', { count: 1 }), i18n.t)).toBe('1 application is still under check or evaluation.');
    const en = errorText(conflict('call_deadline_passed', { at: '2026-03-31T20:59:00.000Z' }), i18n.t);
    expect(en).toMatch(/^The call's deadline passed on 31 Mar 2026, \d\d:59\.$/);
    await i18n.changeLanguage('tr');
    expect(errorText(conflict('call_deadline_passed', { at: '2026-03-31T20:59:00.000Z' }), i18n.t)).toMatch(/^Çağrının son başvuru tarihi 31 Mar 2026 \d\d:59 tarihinde geçti\.$/);
  });

  it('says the programme envelope refusal with its money in euros of the reader language', async () => {
    const params = { envelopeCents: 410_000_000, allottedCents: 360_000_000, leftCents: 50_000_000, askedCents: 100_000_000 };
    await i18n.changeLanguage('en');
    expect(errorText(conflict('programme_envelope_exceeded', params), i18n.t)).toMatch(/^The call asks for €1,000,000, but only €500,000 of the programme’s envelope of €4,100,000 is left \(€3,600,000 is allotted/);
    await i18n.changeLanguage('tr');
    expect(errorText(conflict('programme_envelope_below_calls', { envelopeCents: 100, allottedCents: 360_000_000 }), i18n.t)).toMatch(/^Programın çağrılarına zaten €3\.600\.000 ayrıldı, bu yüzden bütçe €1 olamaz\./);
  });

  it('falls back to the generic sentence for no reason or one this build does not know', async () => {
    await i18n.changeLanguage('en');
    expect(errorText(conflict(null), i18n.t)).toBe('This conflicts with the current state (it may already exist).');
    expect(errorText(conflict('some_future_reason'), i18n.t)).toBe('This conflicts with the current state (it may already exist).');
  });
});

describe('errorText for a 503', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says that the database is away, in the reader language, for the database_unavailable code', async () => {
    const away = new ApiRequestError(503, 'database_unavailable', 'The database cannot be reached at the moment; please try again in a minute.');
    await i18n.changeLanguage('en');
    expect(errorText(away, i18n.t)).toBe('The platform cannot reach its database at the moment. Please try again in a minute.');
    await i18n.changeLanguage('tr');
    expect(errorText(away, i18n.t)).toBe('Platform şu anda veritabanına ulaşamıyor. Lütfen bir dakika sonra yeniden deneyin.');
  });

  it('keeps the generic sentence for another 503', async () => {
    await i18n.changeLanguage('en');
    expect(errorText(new ApiRequestError(503, 'internal', 'Service unavailable'), i18n.t)).toBe('An error occurred on our side. Please try again later.');
  });
});
