import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validContent2018 } from '../../../shared/grants.fixtures';
import { reviewRequestDeadline } from '../../../shared/grants.redress';
import { formatDay } from '../../../shared/istanbul';
import { outbox } from '../../platform/mail.schema';
import { testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { noticeMail } from '../matching/matching.mails';
import { call, demoPeople, openRules, programme } from './applications/grants.applications.testkit';
import { calls } from './grants.schema';

// An applicant found ineligible is told how and by when to ask for a review: in the mail and on the page.

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
});
afterAll(async () => t.close());

const answers = { submitted_in_time: true, lead_eligible: true, partners_eligible: true, partner_confirmations: true, budget_within_limits: true, documents_complete: false, signed_declaration: true };

describe('redress for an ineligible application', () => {
  it('mails the lead’s officers how and by when to ask for a review, and the application’s check carries the date', async () => {
    const programmeId = await programme(p.manager, 'TWIN-R');
    const callId = await call(p.manager, programmeId, 'TWIN-R/01', openRules());
    const draft = (await p.istanbul.request('POST', `/api/calls/${callId}/applications`)).json();
    const url = `/api/applications/${draft.id}`;
    await p.istanbul.request('PUT', `${url}/partners`, { codes: ['DE_05315000'] });
    await p.koln.request('POST', `${url}/partners/confirm`);
    await p.istanbul.request('PATCH', url, { content: validContent2018() });
    expect((await p.istanbul.request('POST', `${url}/submit`)).json().status).toBe('submitted');
    // The administrative check comes after the deadline.
    const past = new Date(Date.now() - 60_000).toISOString();
    await t.ctx.db.update(calls).set({ rules: sql`jsonb_set(${calls.rules}, '{deadlineAt}', to_jsonb(${past}::text))` }).where(eq(calls.id, callId));
    const res = await p.manager.request('PUT', `${url}/admin-check`, { answers, reasons: 'The signed statutes of the partner are missing.' });
    expect(res.json()).toMatchObject({ status: 'ineligible' });
    const until = reviewRequestDeadline(res.json().adminCheck.checkedAt);
    expect(until).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const [mail] = await t.ctx.db.select().from(outbox).where(eq(outbox.to, 'istanbul@twinbridge.demo')).orderBy(desc(outbox.createdAt)).limit(1);
    // The İstanbul officer reads Turkish.
    expect(mail!.subject).toBe('TwinBridge: Başvurunuz idari kontrolde uygun bulunmadı');
    expect(mail!.body).toContain(`en geç ${formatDay(until, 'tr-TR')} tarihine kadar sözleşme makamına yazılı olarak başvurun`);
    const notices = (await p.istanbul.request('GET', '/api/notifications')).json().items as { kind: string; payload: Record<string, string> }[];
    expect(notices.find((n) => n.kind === 'application_ineligible')?.payload.reviewBy).toBe(until);
  });

  it('says the same in English, and names no date it does not have', () => {
    const base = { to: 'a@example.org', recipientName: 'A', authorityName: 'X', kind: 'application_ineligible' as const, publicUrl: 'https://tb.example' };
    const en = noticeMail({ ...base, locale: 'en', payload: { title: 'TWIN-R/01-001', link: '/grants/applications/1', reviewBy: '2019-03-22' } });
    expect(en.body).toContain('write to the contracting authority by 22 March 2019 at the latest');
    const tr = noticeMail({ ...base, locale: 'tr', payload: { title: 'TWIN-R/01-001', link: '/grants/applications/1', reviewBy: '2019-03-22' } });
    expect(tr.body).toContain('en geç 22 Mart 2019 tarihine kadar');
  });
});
