import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp, refusal } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedIn, signedUp } from '../accounts/accounts.testkit';

let t: TestApp;
let istanbul: Agent;
let koln: Agent;
let citizen: Agent;
let admin: Agent;
beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  [istanbul, koln, citizen, admin] = await Promise.all([
    signedIn(t.app, 'istanbul@twinbridge.demo'),
    signedIn(t.app, 'koln@twinbridge.demo'),
    signedUp(t.app, 'someone@example.org'),
    signedIn(t.app, 'admin@twinbridge.demo'),
  ]);
});
afterAll(async () => t.close());
const get = (url: string) => t.app.inject({ method: 'GET', url });
type Item = { authority: { code: string; country: string }; score: number; reasons: { kind: string; text: string }[] };

describe('GET /api/authorities/:code/recommendations', () => {
  it('ranks EU authorities for a Turkish one, best first, with reasons, leaving out existing twins', async () => {
    const res = await get('/api/authorities/TR-BSB-34/recommendations?k=10');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Item[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.authority.country !== 'TR')).toBe(true);
    expect(items.map((i) => i.authority.code)).not.toContain('AT_90001'); // twinned already (dev pairs)
    expect(items.map((i) => i.score)).toEqual([...items.map((i) => i.score)].sort((a, b) => b - a));
    expect(items.some((i) => i.reasons.length > 0 && i.reasons.every((r) => r.text.length > 5))).toBe(true);
    expect((await get('/api/authorities/TR-BSB-34/recommendations?k=10')).json()).toEqual(res.json());
  });
  it('says where each candidate stands among all the candidates the query admits', async () => {
    type Standing = { rank: number; of: number; topPercent: number };
    const all = (await get('/api/authorities/TR-BSB-34/recommendations?k=5')).json().items as (Item & { standing: Standing })[];
    expect(all.map((i) => i.standing.rank)).toEqual([1, 2, 3, 4, 5]);
    const of = all[0]!.standing.of;
    expect(all.every((i) => i.standing.of === of && i.standing.topPercent === Math.max(1, Math.ceil((100 * i.standing.rank) / of)))).toBe(true);
    // A filter narrows the candidates the ranks are out of.
    const german = (await get('/api/authorities/TR-BSB-34/recommendations?k=5&country=DE')).json().items as (Item & { standing: Standing })[];
    expect(german[0]!.standing.of).toBeLessThan(of);
    expect(german[0]!.standing.of).toBeGreaterThanOrEqual(german.length);
  });
  it('ranks Turkish authorities for an EU one, in Turkish when asked', async () => {
    const items = (await get('/api/authorities/DE_09162000/recommendations?lang=tr')).json().items as Item[];
    expect(items.every((i) => i.authority.country === 'TR')).toBe(true);
    expect(items.flatMap((i) => i.reasons).some((r) => /[çğışöü]/i.test(r.text))).toBe(true);
  });
  it('filters by country and population, and refuses bad input', async () => {
    const items = (await get('/api/authorities/TR-BSB-34/recommendations?country=DE&minPopulation=100000')).json().items as Item[];
    expect(items.every((i) => i.authority.country === 'DE')).toBe(true);
    expect((await get('/api/authorities/TR-BSB-34/recommendations?k=500')).statusCode).toBe(400);
    expect((await get('/api/authorities/XX_1/recommendations')).statusCode).toBe(404);
  });
  it('filters by theme on what a candidate works on: its profile themes and every open request of it', async () => {
    // Ankara asks: İstanbul and Köln are twinned already (dev pairs), so Köln is never İstanbul's candidate.
    const cologneFor = async (theme: string) =>
      ((await get(`/api/authorities/TR-BSB-06/recommendations?country=DE&minPopulation=1000000&k=20&theme=${theme}`)).json().items as Item[]).map((i) => i.authority.code);
    expect(await cologneFor('culture')).not.toContain('DE_05315000');
    expect((await koln.request('PATCH', '/api/authorities/DE_05315000', { themes: ['culture'] })).statusCode).toBe(200);
    const request = { title: 'Partner for youth exchanges', descriptionEn: 'Köln looks for a Turkish city for youth exchanges.' };
    const ids: string[] = [];
    for (const themes of [['recycling'], ['energy']]) ids.push((await koln.request('POST', '/api/partner-requests', { ...request, themes })).json().id);
    for (const theme of ['culture', 'recycling', 'energy']) expect(await cologneFor(theme)).toEqual(['DE_05315000']);
    expect(await cologneFor('migration_management')).toEqual([]);
    const withRequest = (await get('/api/authorities/TR-BSB-06/recommendations?country=DE&k=20&onlyWithRequest=true')).json().items as Item[];
    expect(withRequest.map((i) => i.authority.code)).toEqual(['DE_05315000']);
    expect(withRequest[0]!.reasons.map((r) => r.kind)).toContain('open_request');
    // An answer to a request names it, for both sides.
    const answer = (await istanbul.request('POST', '/api/expressions-of-interest', { toCode: 'DE_05315000', requestId: ids[0], message: 'İstanbul answers your recycling request.' })).json();
    expect(answer.requestTitle).toBe(request.title);
    expect((await koln.request('GET', '/api/expressions-of-interest')).json().items.find((i: { id: string }) => i.id === answer.id).requestTitle).toBe(request.title);
    expect((await istanbul.request('POST', `/api/expressions-of-interest/${answer.id}/withdraw`)).json()).toMatchObject({ status: 'withdrawn', requestTitle: request.title });
    expect((await koln.request('GET', '/api/notifications')).json().items[0]).toMatchObject({ kind: 'eoi_withdrawn', payload: { title: expect.stringContaining('İstanbul') } });
    for (const id of ids) expect((await koln.request('PATCH', `/api/partner-requests/${id}`, { status: 'closed' })).statusCode).toBe(200);
    expect(await cologneFor('energy')).toEqual([]);
    expect(await cologneFor('culture')).toEqual(['DE_05315000']);
  });
  it('remembers a candidate the officer hid; only that authority’s officers may hide', async () => {
    const first = (await get('/api/authorities/TR-BSB-34/recommendations?k=5')).json().items[0].authority.code as string;
    expect((await koln.request('PUT', `/api/authorities/TR-BSB-34/hidden-candidates/${first}`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url: `/api/authorities/TR-BSB-34/hidden-candidates/${first}` })).statusCode).toBe(401);
    expect((await istanbul.request('PUT', `/api/authorities/TR-BSB-34/hidden-candidates/${first}`)).statusCode).toBe(204);
    const mine = (await istanbul.request('GET', '/api/authorities/TR-BSB-34/recommendations?k=5')).json().items as Item[];
    expect(mine.map((i) => i.authority.code)).not.toContain(first);
    expect((await istanbul.request('GET', '/api/authorities/TR-BSB-34/hidden-candidates')).json().items[0].code).toBe(first);
    expect((await istanbul.request('DELETE', `/api/authorities/TR-BSB-34/hidden-candidates/${first}`)).statusCode).toBe(204);
  });
});

describe('partner requests', () => {
  const body = { title: 'Partner for a recycling project', themes: ['recycling', 'environment'], targetCountries: ['DE', 'AT'], descriptionEn: 'We look for a German or Austrian town with a strong recycling record.' };
  let id = '';
  it('an officer publishes one for their authority; others are refused', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/partner-requests', payload: body })).statusCode).toBe(401);
    expect((await citizen.request('POST', '/api/partner-requests', body)).statusCode).toBe(403);
    const bad = await istanbul.request('POST', '/api/partner-requests', { ...body, themes: [], descriptionEn: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['themes']));
    const res = await istanbul.request('POST', '/api/partner-requests', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ authority: { code: 'TR-BSB-34' }, status: 'open', themes: ['recycling', 'environment'] });
    id = res.json().id;
  });
  it('shows on the board with filters, and only its authority edits or closes it', async () => {
    expect((await get('/api/partner-requests?theme=recycling')).json().items.map((r: { id: string }) => r.id)).toContain(id);
    expect((await get('/api/partner-requests?country=DE')).json().total).toBe(0);
    expect((await get('/api/partner-requests?q=istanbul')).json().total).toBe(1);
    expect((await koln.request('PATCH', `/api/partner-requests/${id}`, { status: 'closed' })).statusCode).toBe(403);
    const closed = await istanbul.request('PATCH', `/api/partner-requests/${id}`, { status: 'closed' });
    expect(closed.json()).toMatchObject({ status: 'closed', themes: ['recycling', 'environment'], targetCountries: ['DE', 'AT'] });
    expect((await get('/api/partner-requests')).json().total).toBe(0);
    expect((await get('/api/partner-requests/not-a-uuid')).statusCode).toBe(400);
  });
  it('an edit is checked on the whole request it leaves: population range and a description', async () => {
    const res = await istanbul.request('POST', '/api/partner-requests', { ...body, minPopulation: 500_000 });
    const url = `/api/partner-requests/${res.json().id}`;
    expect((await istanbul.request('PATCH', url, {})).statusCode).toBe(400);
    const inverted = await istanbul.request('PATCH', url, { maxPopulation: 1000 });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().fields.map((f: { path: string }) => f.path)).toEqual(['minPopulation']);
    const wordless = await istanbul.request('PATCH', url, { descriptionEn: '', descriptionTr: '' });
    expect(wordless.statusCode).toBe(400);
    expect(wordless.json().fields.map((f: { path: string }) => f.path)).toEqual(['descriptionEn']);
    expect((await get(url)).json()).toMatchObject({ minPopulation: 500_000, maxPopulation: null, descriptionEn: body.descriptionEn });
    expect((await istanbul.request('PATCH', url, { maxPopulation: 2_000_000, descriptionTr: 'Geri dönüşümde güçlü bir ortak arıyoruz.' })).statusCode).toBe(200);
    expect((await admin.request('PATCH', url, { title: 'Words an admin put in İstanbul’s mouth' })).statusCode).toBe(403);
    expect((await admin.request('PATCH', url, { status: 'closed' })).json()).toMatchObject({ status: 'closed', title: body.title, maxPopulation: 2_000_000 });
  });
});

describe('first contact and conversations', () => {
  let eoi = '';
  let conversation = '';
  it('an officer approaches another authority; the other side is notified', async () => {
    expect((await citizen.request('POST', '/api/expressions-of-interest', { toCode: 'TR-BSB-34', message: 'Hello, shall we talk?' })).statusCode).toBe(403);
    const res = await koln.request('POST', '/api/expressions-of-interest', { toCode: 'TR-BSB-34', message: 'Köln would like to explore a partnership on culture.' });
    expect(res.statusCode).toBe(201);
    eoi = res.json().id;
    expect(refusal(await koln.request('POST', '/api/expressions-of-interest', { toCode: 'TR-BSB-34', message: 'Köln would like to explore it again.' }))).toBe('409 interest_pending');
    const notes = (await istanbul.request('GET', '/api/notifications')).json();
    expect(notes.items[0]).toMatchObject({ kind: 'eoi_received' });
    expect((await istanbul.request('GET', '/api/expressions-of-interest')).json().items[0].id).toBe(eoi);
  });
  it('only the receiving side decides; accepted, it opens a conversation', async () => {
    expect((await koln.request('POST', `/api/expressions-of-interest/${eoi}/decision`, { decision: 'accepted' })).statusCode).toBe(403);
    expect((await citizen.request('POST', `/api/expressions-of-interest/${eoi}/decision`, { decision: 'accepted' })).statusCode).toBe(404);
    const res = await istanbul.request('POST', `/api/expressions-of-interest/${eoi}/decision`, { decision: 'accepted' });
    expect(res.json()).toMatchObject({ status: 'accepted' });
    conversation = res.json().conversationId;
    expect(conversation).toBeTruthy();
    expect(refusal(await istanbul.request('POST', `/api/expressions-of-interest/${eoi}/decision`, { decision: 'declined' }))).toBe('409 interest_answered');
  });
  it('the two sides write, with attachments; nobody else reads', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% a tiny test file\n').toString('base64');
    const sent = await koln.request('POST', `/api/conversations/${conversation}/messages`, { body: 'Our proposal is attached.', attachments: [{ filename: 'proposal.pdf', contentType: 'application/pdf', dataBase64: pdf }] });
    expect(sent.statusCode).toBe(201);
    const bad = await koln.request('POST', `/api/conversations/${conversation}/messages`, { body: 'And a script', attachments: [{ filename: 'x.pdf', contentType: 'application/pdf', dataBase64: Buffer.from('<script>').toString('base64') }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([expect.objectContaining({ path: 'attachments.0', code: 'content' })]);
    const reply = await istanbul.request('POST', `/api/conversations/${conversation}/messages`, { body: 'Thank you, we read it.' });
    expect(reply.statusCode).toBe(201);
    const read = (await istanbul.request('GET', `/api/conversations/${conversation}`)).json();
    // The approach opens the thread, by its sender.
    expect(read.messages.map((m: { body: string; authorCode: string }) => [m.authorCode, m.body])).toEqual([
      ['DE_05315000', 'Köln would like to explore a partnership on culture.'],
      ['DE_05315000', 'Our proposal is attached.'],
      ['TR-BSB-34', 'Thank you, we read it.'],
    ]);
    const file = read.messages[1].attachments[0];
    const download = await istanbul.request('GET', `/api/conversations/${conversation}/attachments/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.toString()).toContain('%PDF-1.4');
    expect((await citizen.request('GET', `/api/conversations/${conversation}`)).statusCode).toBe(404);
    expect((await citizen.request('GET', `/api/conversations/${conversation}/attachments/${file.id}`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/conversations/${conversation}` })).statusCode).toBe(401);
    expect((await citizen.request('POST', `/api/conversations/${conversation}/messages`, { body: 'hi' })).statusCode).toBe(404);
    expect((await admin.request('GET', `/api/conversations/${conversation}`)).statusCode).toBe(200);
    expect((await admin.request('POST', `/api/conversations/${conversation}/messages`, { body: 'hi' })).statusCode).toBe(403);
    expect((await koln.request('GET', '/api/conversations')).json().items.map((c: { id: string }) => c.id)).toContain(conversation);
  });
  it('a second approach between two authorities that already talk is refused, from either side', async () => {
    for (const [who, to] of [[koln, 'TR-BSB-34'], [istanbul, 'DE_05315000']] as const) {
      const res = await who.request('POST', '/api/expressions-of-interest', { toCode: to, message: 'Shall we start talking again?' });
      expect(refusal(res)).toBe('409 interest_conversation_open');
      expect(res.json().params).toEqual({ conversationId: conversation });
    }
    expect((await koln.request('GET', '/api/conversations')).json().items.filter((c: { id: string }) => c.id === conversation)).toHaveLength(1);
  });
});
