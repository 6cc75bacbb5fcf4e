import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../../shared/notifications';
import i18n from '../i18n';
import { notificationText } from './notificationText';

const say = async (lang: 'tr' | 'en', kind: string, payload: Record<string, string>) => {
  await i18n.changeLanguage(lang);
  return notificationText(i18n.t, { kind, payload });
};

describe('the bell says each notification in Turkish and English', () => {
  it('names the twinning step with its stages in the reader’s language', async () => {
    const payload = { title: 'Köln', from: 'exploring', to: 'agreed' };
    expect(await say('en', 'twinning_approval_requested', payload)).toBe('Köln awaits your approval: Exploring → Letter of intent signed');
    expect(await say('tr', 'twinning_approval_requested', payload)).toBe('Köln onayınızı bekliyor: Görüşülüyor → Niyet mektubu imzalandı');
    expect(await say('en', 'twinning_moved', { title: 'Ankara', from: 'proposed', to: 'exploring' })).toBe('Your twinning with Ankara moved on: Proposed → Exploring');
    expect(await say('tr', 'twinning_proposed', { title: 'Köln', to: 'proposed' })).toBe('Köln kurumunuza kardeş şehir ilişkisi önerdi');
    expect(await say('en', 'twinning_approval_withdrawn', { title: 'Köln', from: 'agreed', to: 'signed' })).toBe('Köln withdrew its approval: Letter of intent signed → Protocol signed');
  });

  it('has its own sentence for every kind the server sends, with the name filled in, in both languages', async () => {
    for (const lang of ['tr', 'en'] as const) {
      const other = await say(lang, 'something_new', { title: 'X' });
      for (const kind of NOTIFICATION_KINDS) {
        const text = await say(lang, kind, { title: 'Köln', from: 'agreed', to: 'signed' });
        expect(text, `${lang} ${kind}`).toContain('Köln');
        expect(text, `${lang} ${kind}`).not.toMatch(/notifications\.|\{\{|twinnings\.status/);
        expect(text, `${lang} ${kind}`).not.toBe(other.replace('X', 'Köln'));
      }
    }
  });

  it('reads a kind it does not know as news, and an unknown stage as itself', async () => {
    expect(await say('en', 'something_new', { title: 'Köln' })).toBe('News from Köln');
    expect(await say('en', 'twinning_moved', { title: 'Köln', from: 'limbo', to: 'agreed' })).toBe('Your twinning with Köln moved on: limbo → Letter of intent signed');
  });
});
