import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp, refusal } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { outbox } from '../../platform/mail.schema';
import { signedIn, signedUp } from '../accounts/accounts.testkit';

// Who may read, write and decide what in partner matching: a third authority (Ankara) next to the
// Köln–İstanbul pair, signed-out callers, citizens and admins; refusals leave the state unchanged.

const ISTANBUL = 'TR-BSB-34';
const KOLN = 'DE_05315000';
const ANKARA = 'TR-BSB-06';
const ANKARA_EMAIL = 'ankara.officer@example.org';

let t: TestApp;
let istanbul: Agent;
let koln: Agent;
let ankara: Agent;
let citizen: Agent;
let admin: Agent;
beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  [istanbul, koln, citizen, admin, ankara] = await Promise.all([
    signedIn(t.app, 'istanbul@twinbridge.demo'),
    signedIn(t.app, 'koln@twinbridge.demo'),
    signedUp(t.app, 'someone@example.org'),
    signedIn(t.app, 'admin@twinbridge.demo'),
    signedUp(t.app, ANKARA_EMAIL, 'Ankara Officer'),
  ]);
  const request = await ankara.request('POST', '/api/officer-requests', { authorityCode: ANKARA });
  await admin.request('POST', `/api/admin/officer-requests/${request.json().id}/decision`, { decision: 'approved' });
});
afterAll(async () => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
/** A signed-out call. */
const anon = (method: Method, url: string, payload?: object) => t.app.inject({ method, url, ...(payload ? { payload } : {}) });
const ids = (items: { id: string }[]) => items.map((i) => i.id);
const interest = (from: Agent, toCode: string, extra: { requestId?: string } = {}) =>
  from.request('POST', '/api/expressions-of-interest', { toCode, message: 'We would like to explore a partnership.', ...extra });
const decide = (who: Agent, id: string, decision: 'accepted' | 'declined') => who.request('POST', `/api/expressions-of-interest/${id}/decision`, { decision });
const withdraw = (who: Agent, id: string) => who.request('POST', `/api/expressions-of-interest/${id}/withdraw`);
/** The status of an expression of interest as one of its sides lists it. */
async function statusOf(who: Agent, id: string): Promise<string | undefined> {
  const items = (await who.request('GET', '/api/expressions-of-interest')).json().items as { id: string; status: string }[];
  return items.find((i) => i.id === id)?.status;
}
/** The newest mail to an address, read from the outbox table. */
async function lastMailTo(to: string) {
  const [mail] = await t.ctx.db.select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.createdAt)).limit(1);
  return mail;
}

describe('a third authority and a conversation between two others', () => {
  let eoi = '';
  let conversation = '';
  let attachment = '';
  const messagesOf = async (who: Agent) => (await who.request('GET', `/api/conversations/${conversation}`)).json().messages as { body: string; attachments: { id: string; filename: string }[] }[];

  it('cannot accept, decline or withdraw their expression of interest: it stays pending', async () => {
    eoi = (await interest(koln, ISTANBUL)).json().id;
    expect(refusal(await decide(ankara, eoi, 'accepted'))).toBe('404 not_found');
    expect(refusal(await decide(ankara, eoi, 'declined'))).toBe('404 not_found');
    expect(refusal(await withdraw(ankara, eoi))).toBe('404 not_found');
    expect(ids((await ankara.request('GET', '/api/expressions-of-interest')).json().items)).not.toContain(eoi);
    expect(await statusOf(koln, eoi)).toBe('pending');
    expect(await statusOf(istanbul, eoi)).toBe('pending');
  });

  it('cannot read it, its messages or its files, nor find it in the list', async () => {
    conversation = (await decide(istanbul, eoi, 'accepted')).json().conversationId;
    const pdf = Buffer.from('%PDF-1.4\n% a tiny test file\n').toString('base64');
    const sent = await koln.request('POST', `/api/conversations/${conversation}/messages`, { body: 'Our proposal is attached.', attachments: [{ filename: 'proposal.pdf', contentType: 'application/pdf', dataBase64: pdf }] });
    expect(sent.statusCode).toBe(201);
    attachment = (await messagesOf(istanbul)).flatMap((m) => m.attachments).find((a) => a.filename === 'proposal.pdf')!.id;
    expect(refusal(await ankara.request('GET', `/api/conversations/${conversation}`))).toBe('404 not_found');
    // Messages come with the conversation: there is no separate GET route for them.
    expect((await ankara.request('GET', `/api/conversations/${conversation}/messages`)).statusCode).toBe(404);
    expect(refusal(await ankara.request('GET', `/api/conversations/${conversation}/attachments/${attachment}`))).toBe('404 not_found');
    expect(ids((await ankara.request('GET', '/api/conversations')).json().items)).not.toContain(conversation);
  });

  it('cannot write in it: nothing is added', async () => {
    const before = await messagesOf(koln);
    expect(before.map((m) => m.body)).toContain('Our proposal is attached.');
    expect(refusal(await ankara.request('POST', `/api/conversations/${conversation}/messages`, { body: 'Ankara here, may we join?' }))).toBe('404 not_found');
    expect(await messagesOf(koln)).toEqual(before);
  });
});

describe('withdrawing and declining an expression of interest', () => {
  it('mails the receiving officer, in their language', async () => {
    const res = await interest(koln, ANKARA);
    expect(res.statusCode).toBe(201);
    const mail = await lastMailTo(ANKARA_EMAIL);
    expect(mail).toMatchObject({ subject: 'TwinBridge: You received an expression of interest' });
    expect(mail!.body).toContain('Hello Ankara Officer,');
    expect(mail!.body).toContain(t.ctx.directory.get(KOLN)!.name);
    expect(mail!.body).toContain('/partners/inbox');
    // İstanbul's officer reads Turkish: the newest mail is Köln's message in the first describe.
    expect((await lastMailTo('istanbul@twinbridge.demo'))!.subject).toBe('TwinBridge: Yeni mesaj');
    expect((await withdraw(koln, res.json().id)).statusCode).toBe(200); // leaves the pair free for the next test
  });

  it('the receiver cannot withdraw; the sender can, once; then nobody answers it', async () => {
    const id = (await interest(koln, ANKARA)).json().id as string;
    expect(refusal(await withdraw(ankara, id))).toBe('403 forbidden');
    expect(await statusOf(koln, id)).toBe('pending');
    const res = await withdraw(koln, id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'withdrawn', conversationId: null });
    expect(res.json().decidedAt).toBeTruthy();
    expect(refusal(await withdraw(koln, id))).toBe('409 interest_answered');
    expect(refusal(await decide(ankara, id, 'accepted'))).toBe('409 interest_answered');
    expect(await statusOf(ankara, id)).toBe('withdrawn');
    expect((await ankara.request('GET', '/api/conversations')).json().items).toEqual([]);
  });

  it('the receiver declines: no conversation, the sender is told and can no longer withdraw', async () => {
    const id = (await interest(koln, ANKARA)).json().id as string;
    const res = await decide(ankara, id, 'declined');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'declined', conversationId: null });
    expect((await koln.request('GET', '/api/notifications')).json().items[0]).toMatchObject({ kind: 'eoi_declined' });
    expect(refusal(await withdraw(koln, id))).toBe('409 interest_answered');
    expect(await statusOf(koln, id)).toBe('declined');
    expect((await ankara.request('GET', '/api/conversations')).json().items).toEqual([]);
  });
});

describe('POST /api/notifications/read', () => {
  it('needs a sign-in', async () => {
    expect(refusal(await anon('POST', '/api/notifications/read'))).toBe('401 unauthorized');
  });
  it("marks only the caller's notifications read", async () => {
    const kolnBefore = (await koln.request('GET', '/api/notifications')).json();
    const ankaraBefore = (await ankara.request('GET', '/api/notifications')).json();
    expect(kolnBefore.unread).toBeGreaterThan(0);
    expect(ankaraBefore.unread).toBeGreaterThan(0);
    expect((await ankara.request('POST', '/api/notifications/read')).statusCode).toBe(204);
    const mine = (await ankara.request('GET', '/api/notifications')).json();
    expect(mine.unread).toBe(0);
    expect(mine.items).toHaveLength(ankaraBefore.items.length);
    expect(mine.items.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(true);
    expect((await koln.request('GET', '/api/notifications')).json()).toEqual(kolnBefore);
  });
});

describe('editing a partner request', () => {
  const body = { title: 'Partner for a recycling project', themes: ['recycling'], targetCountries: ['DE'], descriptionEn: 'We look for a German town with a strong recycling record.' };
  let id = '';
  const read = async () => (await anon('GET', `/api/partner-requests/${id}`)).json();
  const patch = (who: Agent, change: object) => who.request('PATCH', `/api/partner-requests/${id}`, change);
  beforeAll(async () => {
    id = (await istanbul.request('POST', '/api/partner-requests', body)).json().id;
  });

  it('reads one by id; an unknown id is a 404', async () => {
    const res = await anon('GET', `/api/partner-requests/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, authority: { code: ISTANBUL }, status: 'open', ...body });
    expect(refusal(await anon('GET', `/api/partner-requests/${randomUUID()}`))).toBe('404 not_found');
  });

  it('its officers edit fields; what the edit does not name stays', async () => {
    const res = await patch(istanbul, { title: 'Partner for recycling and water', timeframe: '2027' });
    expect(res.statusCode).toBe(200);
    expect(await read()).toMatchObject({ ...body, title: 'Partner for recycling and water', timeframe: '2027', status: 'open' });
  });

  it('another authority or a signed-out caller is refused, and nothing changes', async () => {
    const before = await read();
    expect(refusal(await patch(koln, { title: 'Taken over by Köln' }))).toBe('403 forbidden');
    expect(refusal(await patch(ankara, { status: 'closed' }))).toBe('403 forbidden');
    expect(refusal(await patch(citizen, { title: 'Taken over by a citizen' }))).toBe('403 forbidden');
    expect(refusal(await anon('PATCH', `/api/partner-requests/${id}`, { title: 'Anonymous edit' }))).toBe('401 unauthorized');
    expect(await read()).toEqual(before);
  });

  it('a closed request is not edited until reopened', async () => {
    expect((await patch(istanbul, { status: 'closed' })).json()).toMatchObject({ status: 'closed' });
    const closed = await read();
    expect(refusal(await patch(istanbul, { title: 'Edited while closed' }))).toBe('409 request_closed_edit');
    expect(refusal(await patch(istanbul, { status: 'closed', title: 'Edited while closed' }))).toBe('409 request_closed_edit');
    expect(await read()).toEqual(closed);
    expect((await patch(istanbul, { status: 'open' })).json()).toMatchObject({ status: 'open', title: 'Partner for recycling and water' });
    expect((await patch(istanbul, { title: 'Reopened and edited' })).json()).toMatchObject({ status: 'open', title: 'Reopened and edited' });
  });

  it('an admin closes it (moderation)', async () => {
    const res = await patch(admin, { status: 'closed' });
    expect(res.statusCode).toBe(200);
    expect(await read()).toMatchObject({ status: 'closed', title: 'Reopened and edited' });
    expect(ids((await anon('GET', `/api/partner-requests?authority=${ISTANBUL}`)).json().items)).not.toContain(id);
  });

  it('expressions of interest are refused: to itself, to an unknown authority, with a request of another authority or a closed one', async () => {
    const before = (await ankara.request('GET', '/api/expressions-of-interest')).json().items.length;
    const self = await interest(ankara, ANKARA);
    expect(refusal(self)).toBe('400 bad_request');
    expect(self.json().fields).toEqual([{ path: 'toCode', message: 'must be another authority' }]);
    expect(refusal(await interest(ankara, 'XX_00000'))).toBe('404 not_found');
    const open = (await ankara.request('POST', '/api/partner-requests', { ...body, title: 'Ankara looks for a partner' })).json().id as string;
    const other = await interest(koln, ISTANBUL, { requestId: open }); // Ankara's request, sent to İstanbul
    expect(refusal(other)).toBe('400 bad_request');
    expect(other.json().fields).toEqual([{ path: 'requestId', message: 'not a request of toCode' }]);
    expect(refusal(await interest(ankara, ISTANBUL, { requestId: id }))).toBe('409 request_closed');
    expect((await ankara.request('GET', '/api/expressions-of-interest')).json().items).toHaveLength(before);
  });
});

describe('hidden candidates of an authority', () => {
  const list = `/api/authorities/${ISTANBUL}/hidden-candidates`;
  const one = `${list}/${ANKARA}`;
  const calls: [Method, string][] = [['GET', list], ['PUT', one], ['DELETE', one]];
  const hidden = async () => (await istanbul.request('GET', list)).json().items.map((a: { code: string }) => a.code);

  it('are read and changed only by its officers (there is no POST: hiding is a PUT)', async () => {
    expect((await istanbul.request('PUT', one)).statusCode).toBe(204);
    for (const [method, url] of calls) {
      expect(refusal(await anon(method, url)), `${method} signed out`).toBe('401 unauthorized');
      expect(refusal(await koln.request(method, url)), `${method} by another authority`).toBe('403 forbidden');
      expect(refusal(await citizen.request(method, url)), `${method} by a citizen`).toBe('403 forbidden');
    }
    expect((await istanbul.request('POST', list)).statusCode).toBe(404);
    expect(await hidden()).toEqual([ANKARA]);
    expect((await istanbul.request('DELETE', one)).statusCode).toBe(204);
    expect(await hidden()).toEqual([]);
  });
});

describe('recommendation filters', () => {
  type Item = { authority: { code: string; type: string; population: number | null } };
  const recs = async (query: string) => {
    const res = await anon('GET', `/api/authorities/${KOLN}/recommendations?${query}`);
    expect(res.statusCode, query).toBe(200);
    return res.json().items as Item[];
  };

  it('by type', async () => {
    const items = await recs('type=district_center&k=100');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.authority.type === 'district_center')).toBe(true);
  });

  it('by maximum population', async () => {
    const items = await recs('maxPopulation=20000&k=100');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.authority.population !== null && i.authority.population <= 20000)).toBe(true);
  });

  it('only authorities with an open partner request', async () => {
    // Ankara's request (published above) is the only open one; İstanbul's is closed and twinned with Köln anyway.
    expect((await recs('onlyWithRequest=true&k=100')).map((i) => i.authority.code)).toEqual([ANKARA]);
    expect((await recs('onlyWithRequest=false&k=100')).length).toBeGreaterThan(1);
  });

  it('refuses a minimum above the maximum and k outside 1..100', async () => {
    const res = await anon('GET', `/api/authorities/${KOLN}/recommendations?minPopulation=5000&maxPopulation=1000`);
    expect(refusal(res)).toBe('400 bad_request');
    expect(res.json().fields).toEqual([{ path: 'minPopulation', message: 'must not be greater than maxPopulation' }]);
    for (const k of [0, 101]) expect(refusal(await anon('GET', `/api/authorities/${KOLN}/recommendations?k=${k}`)), `k=${k}`).toBe('400 bad_request');
  });
});

describe('GET /api/openapi.json', () => {
  it('lists the partner-matching paths', async () => {
    const res = await anon('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, unknown>>;
    const methods = (p: string) => Object.keys(paths[p] ?? {}).sort();
    expect(methods('/api/authorities/{code}/recommendations')).toEqual(['get']);
    expect(methods('/api/authorities/{code}/hidden-candidates')).toEqual(['get']);
    expect(methods('/api/authorities/{code}/hidden-candidates/{candidate}')).toEqual(['delete', 'put']);
    expect(methods('/api/partner-requests')).toEqual(['get', 'post']);
    expect(methods('/api/partner-requests/{id}')).toEqual(['get', 'patch']);
    expect(methods('/api/expressions-of-interest')).toEqual(['get', 'post']);
    expect(methods('/api/expressions-of-interest/{id}/decision')).toEqual(['post']);
    expect(methods('/api/expressions-of-interest/{id}/withdraw')).toEqual(['post']);
    expect(methods('/api/conversations')).toEqual(['get']);
    expect(methods('/api/conversations/{id}')).toEqual(['get']);
    expect(methods('/api/conversations/{id}/messages')).toEqual(['post']);
    expect(methods('/api/conversations/{id}/attachments/{attachmentId}')).toEqual(['get']);
    expect(methods('/api/notifications/read')).toEqual(['post']);
  });
});
