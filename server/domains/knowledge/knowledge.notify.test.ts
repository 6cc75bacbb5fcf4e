import { describe, expect, it } from 'vitest';
import { refusal, type Agent } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { proposed } from './knowledge.testkit';

type Notice = { kind: string; payload: { title: string; link: string } };
type OutMail = { to: string; subject: string; body: string };

const w = withDemoPeople();

const bell = async (agent: Agent) => (await agent.request('GET', '/api/notifications')).json().items as Notice[];
const mailsTo = async (to: string) => ((await w.p.admin.request('GET', '/api/admin/outbox?limit=100')).json().items as OutMail[]).filter((m) => m.to === to);

describe('the proposer of a library entry hears of the decision', () => {
  it('published: an in-app notice linking to the entry, and a mail in the proposer’s language (Turkish)', async () => {
    const e = await proposed(w.p.istanbul, { titleEn: 'Waste sorting with the twin town', titleTr: 'Kardeş şehirle atık ayrıştırma' });
    expect((await w.p.manager.request('POST', `/api/library/${e.id}/decision`, { action: 'publish' })).statusCode).toBe(200);
    const notices = (await bell(w.p.istanbul)).filter((n) => n.kind.startsWith('library_'));
    expect(notices.map((n) => [n.kind, n.payload.title, n.payload.link])).toEqual([['library_published', 'Waste sorting with the twin town', `/library/${e.id}`]]);
    const [mail, ...more] = await mailsTo('istanbul@twinbridge.demo');
    expect(more.filter((m) => m.subject.includes('kütüphane'))).toEqual([]);
    expect(mail!.subject).toBe('TwinBridge: Önerdiğiniz kütüphane kaydı yayımlandı');
    expect(mail!.body).toContain('önerdiğiniz "Waste sorting with the twin town" kaydını kütüphanede yayımladı');
    expect(mail!.body).toContain(`/library/${e.id}`);
    expect(mail!.body).toContain('kütüphanesine bir kayıt önerdiğiniz');
  });

  it('rejected: the notice, and a mail in English quoting the reason', async () => {
    const e = await proposed(w.p.koln, { titleEn: 'Our partnership with Istanbul', titleTr: '' });
    expect((await w.p.manager.request('POST', `/api/library/${e.id}/decision`, { action: 'reject', reason: 'Please add the project it comes from.' })).statusCode).toBe(200);
    expect((await bell(w.p.koln)).filter((n) => n.kind.startsWith('library_')).map((n) => [n.kind, n.payload.link])).toEqual([['library_rejected', `/library/${e.id}`]]);
    const [mail] = (await mailsTo('koln@twinbridge.demo')).filter((m) => m.subject.includes('library'));
    expect(mail!.subject).toBe('TwinBridge: The library entry you proposed was not published');
    expect(mail!.body).toContain('did not publish the entry "Our partnership with Istanbul"');
    expect(mail!.body).toContain('> Please add the project it comes from.');
  });

  it('nobody is told of a refused or repeated decision, nor a manager of deciding their own proposal', async () => {
    const before = (await bell(w.p.istanbul)).length;
    const e = await proposed(w.p.istanbul);
    expect(refusal(await w.p.citizen.request('POST', `/api/library/${e.id}/decision`, { action: 'publish' }))).toBe('403 forbidden');
    expect(refusal(await w.p.manager.request('POST', `/api/library/${e.id}/decision`, { action: 'reject', reason: '' }))).toBe('400 bad_request');
    expect((await bell(w.p.istanbul)).length).toBe(before);
    expect((await w.p.manager.request('POST', `/api/library/${e.id}/decision`, { action: 'publish' })).statusCode).toBe(200);
    expect(refusal(await w.p.admin.request('POST', `/api/library/${e.id}/decision`, { action: 'reject', reason: 'Too late' }))).toBe('409 library_entry_decided');
    expect((await bell(w.p.istanbul)).map((n) => n.kind).filter((k) => k.startsWith('library_'))).toEqual(['library_published', 'library_published']);
    const own = await proposed(w.p.manager);
    expect((await w.p.manager.request('POST', `/api/library/${own.id}/decision`, { action: 'publish' })).statusCode).toBe(200);
    expect((await bell(w.p.manager)).filter((n) => n.kind.startsWith('library_'))).toEqual([]);
  });
});
