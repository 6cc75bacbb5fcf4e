import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../../shared/notifications';
import { noticeMail, quote, QUOTE_LIMIT } from './matching.mails';

const base = { to: 'a@example.org', recipientName: 'Ayşe', authorityName: 'Ankara', publicUrl: 'https://twinbridge.example', payload: { title: 'TWIN-2026-004', link: '/grants/applications/1' } };

describe('notification mails', () => {
  it('quote a message whole when short, cut at a word and marked when long', () => {
    expect(quote('  Shall we meet?  ')).toBe('Shall we meet?');
    const long = 'word '.repeat(400);
    const cut = quote(long);
    expect(cut.length).toBeLessThanOrEqual(QUOTE_LIMIT + 2);
    expect(cut.endsWith('word …')).toBe(true);
  });

  it('say the decision, the full link and why the reader gets it, in the reader’s language', () => {
    const en = noticeMail({ ...base, locale: 'en', kind: 'application_awarded' });
    expect(en.subject).toBe('TwinBridge: Your application was awarded a grant');
    expect(en.body).toContain('Decision: application TWIN-2026-004 was awarded a grant.');
    expect(en.body).toContain('https://twinbridge.example/grants/applications/1');
    expect(en.body).toContain('you act for Ankara on TwinBridge and have "grant application events" mails turned on');
    expect(en.body).toContain('https://twinbridge.example/account');
    const tr = noticeMail({ ...base, locale: 'tr', kind: 'application_reserve' });
    expect(tr.body).toContain('Merhaba Ayşe,');
    expect(tr.body).toContain('Karar: TWIN-2026-004 numaralı başvuru yedek listede.');
    expect(tr.body).toContain('"hibe başvurusu olayları" e-postalarını açık tuttuğunuz için');
  });

  it('put a name with $ patterns in the sentence as written', () => {
    const mail = noticeMail({ ...base, locale: 'en', kind: 'eoi_received', payload: { title: "A$&B $' C $` D $$", link: '/partners/inbox' } });
    expect(mail.body).toContain("A$&B $' C $` D $$ sent you an expression of interest.");
  });

  it('name the twinning step from and to, and leave no placeholder unfilled in any kind or language', () => {
    const step = noticeMail({ ...base, locale: 'en', kind: 'twinning_approval_requested', payload: { title: 'Köln', link: '/twinnings/9', from: 'agreed', to: 'signed' } });
    expect(step.body).toContain('Köln approved the next step of your twinning and awaits your approval: Letter of intent signed → Protocol signed.');
    for (const kind of NOTIFICATION_KINDS)
      for (const locale of ['tr', 'en'] as const) expect(noticeMail({ ...base, locale, kind, payload: { ...base.payload, from: 'proposed', to: 'exploring' } }).body).not.toMatch(/\{\w+\}/);
  });
});
