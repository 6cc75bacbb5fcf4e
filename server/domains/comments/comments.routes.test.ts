import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, refusal, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedUp } from '../accounts/accounts.testkit';
import { demoPeople, officerOf } from '../grants/applications/grants.applications.testkit';
import { ageComment, consultationTarget, posted, seen, twinningTarget } from './comments.testkit';

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let anonymous: Agent;
let page: string;

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  anonymous = new Agent(t.app);
  page = await consultationTarget(p.manager);
});
afterAll(() => t.close());

const list = async (who: Agent, target: string) => (await who.request('GET', `/api/comments?target=${encodeURIComponent(target)}`)).json();

describe('posting and reading comments', () => {
  it('lets anyone signed in comment with a stance, and anyone read it, the author named with their authority', async () => {
    const mine = await posted(p.istanbul, page, 'Our city would host the first exchange.', { stance: 'for' });
    expect(mine).toMatchObject({ status: 'shown', author: { name: expect.any(String), authorityCode: 'TR-BSB-34' }, stance: 'for', mine: true, canReport: false, replies: [] });
    expect(Date.parse(mine.editableUntil!) - Date.parse(mine.createdAt)).toBe(15 * 60_000);
    const c = await seen(anonymous, page, mine.id);
    expect(c).toMatchObject({ body: 'Our city would host the first exchange.', mine: false, editableUntil: null, canReport: false, reportedByMe: false });
    expect(await seen(p.citizen, page, mine.id)).toMatchObject({ canReport: true, mine: false });
    const citizenSays = await posted(p.citizen, page, 'I am not sure.');
    expect(citizenSays.author).toEqual({ name: 'Demo Citizen', authorityCode: null });
    expect(citizenSays.stance).toBe('neutral');
  });

  it('refuses the signed-out (401) and answers 404 for a page that does not exist or that the reader may not read', async () => {
    expect(refusal(await anonymous.request('POST', '/api/comments', { target: page, body: 'Hello' }))).toBe('401 unauthorized');
    const nothing = 'consultation:00000000-0000-4000-8000-000000000009';
    expect(refusal(await anonymous.request('GET', `/api/comments?target=${nothing}`))).toBe('404 not_found');
    expect(refusal(await p.citizen.request('POST', '/api/comments', { target: nothing, body: 'Hello' }))).toBe('404 not_found');
    expect(refusal(await anonymous.request('GET', '/api/comments?target=project:not-a-uuid'))).toBe('404 not_found');
    expect(refusal(await anonymous.request('GET', '/api/comments?target=project:00000000-0000-4000-8000-000000000009'))).toBe('404 not_found');
    expect(refusal(await anonymous.request('GET', '/api/comments?target=request:00000000-0000-4000-8000-000000000009'))).toBe('404 not_found');
    const invited = await consultationTarget(p.istanbul, { audience: 'invited', invitedAuthorities: ['DE_05315000'] });
    expect((await p.koln.request('POST', '/api/comments', { target: invited, body: 'Köln is in.' })).statusCode).toBe(201);
    expect(refusal(await p.citizen.request('GET', `/api/comments?target=${invited}`))).toBe('404 not_found');
    expect(refusal(await p.citizen.request('POST', '/api/comments', { target: invited, body: 'Me too' }))).toBe('404 not_found');
    expect((await list(p.manager, invited)).total).toBe(1);
  });

  it('takes comments on a twinning and a partner request, each on its own page', async () => {
    const twinning = await twinningTarget(p.koln, 'TR-BSB-06', await officerOf(t, p.admin, 'ankara.comments@example.org', 'TR-BSB-06'));
    const req = await p.istanbul.request('POST', '/api/partner-requests', { title: 'Partner for a riverside park', themes: ['environment'], descriptionEn: 'We look for a partner on parks.' });
    const request = `request:${req.json().id as string}`;
    await posted(p.istanbul, twinning, 'Looking forward to it.');
    await posted(p.citizen, request, 'A good idea.');
    expect((await list(anonymous, twinning)).items.map((c: { body: string }) => c.body)).toEqual(['Looking forward to it.']);
    expect((await list(anonymous, request)).items.map((c: { body: string }) => c.body)).toEqual(['A good idea.']);
  });

  it('answers bad input with a 400 naming each field, and stores nothing', async () => {
    const fields = async (body: unknown) => {
      const res = await p.citizen.request('POST', '/api/comments', body);
      expect(res.statusCode).toBe(400);
      return (res.json().fields as { path: string }[]).map((f) => f.path).sort();
    };
    const before = (await list(anonymous, page)).total;
    expect(await fields({ target: page, body: '   ' })).toEqual(['body']);
    expect(await fields({ target: page, body: 'x'.repeat(2001) })).toEqual(['body']);
    expect(await fields({ target: 'poem:1', body: 'Hi', stance: 'maybe' })).toEqual(['stance', 'target']);
    expect(await fields({ target: page, body: 'Hi', parentId: 'not-a-uuid' })).toEqual(['parentId']);
    expect((await anonymous.request('GET', '/api/comments?target=nothing')).statusCode).toBe(400);
    expect((await anonymous.request('GET', '/api/comments')).statusCode).toBe(400);
    const c = await posted(p.citizen, page, 'To be edited');
    const edit = await p.citizen.request('PATCH', `/api/comments/${c.id}`, { body: '', stance: 'sideways' });
    expect([edit.statusCode, (edit.json().fields as { path: string }[]).map((f) => f.path).sort()]).toEqual([400, ['body', 'stance']]);
    expect((await p.koln.request('POST', `/api/comments/${c.id}/reports`, { reason: 'x' })).statusCode).toBe(400);
    expect((await p.citizen.request('PATCH', '/api/comments/not-a-uuid', { body: 'Hi', stance: 'for' })).statusCode).toBe(400);
    expect((await list(anonymous, page)).total).toBe(before + 1);
  });
});

describe('replies', () => {
  it('hang one level deep under a shown top-level comment of the same page', async () => {
    const top = await posted(p.istanbul, page, 'Top');
    const reply = await posted(p.koln, page, 'Reply', { parentId: top.id });
    const thread = (await list(anonymous, page)).items.find((c: { id: string }) => c.id === top.id);
    expect(thread.replies.map((r: { id: string; parentId: string }) => [r.id, r.parentId])).toEqual([[reply.id, top.id]]);
    expect(refusal(await p.citizen.request('POST', '/api/comments', { target: page, body: 'Deeper', parentId: reply.id }))).toBe('409 comment_reply_depth');
    const other = await consultationTarget(p.manager);
    expect(refusal(await p.citizen.request('POST', '/api/comments', { target: other, body: 'Elsewhere', parentId: top.id }))).toBe('404 not_found');
    expect(refusal(await p.citizen.request('POST', '/api/comments', { target: page, body: 'To nothing', parentId: '00000000-0000-4000-8000-000000000009' }))).toBe('404 not_found');
  });

  it('refuse a deleted parent (409) and keep the replies of a deleted comment under a placeholder', async () => {
    const top = await posted(p.istanbul, page, 'Soon deleted');
    const reply = await posted(p.koln, page, 'Still here', { parentId: top.id });
    expect((await p.istanbul.request('DELETE', `/api/comments/${top.id}`)).statusCode).toBe(204);
    expect(refusal(await p.citizen.request('POST', '/api/comments', { target: page, body: 'Late', parentId: top.id }))).toBe('409 comment_not_shown');
    const thread = (await list(p.citizen, page)).items.find((c: { id: string }) => c.id === top.id);
    expect(thread).toMatchObject({ status: 'deleted', author: null, body: '', mine: false, canReport: false, replies: [{ id: reply.id, body: 'Still here' }] });
    expect(await seen(p.istanbul, page, top.id)).toMatchObject({ status: 'deleted', body: 'Soon deleted', mine: true });
    const alone = await posted(p.citizen, page, 'Deleted without replies');
    await p.citizen.request('DELETE', `/api/comments/${alone.id}`);
    expect(await seen(anonymous, page, alone.id)).toBeUndefined();
    expect(await seen(p.manager, page, alone.id)).toMatchObject({ status: 'deleted', body: 'Deleted without replies' });
  });
});

describe('editing and deleting', () => {
  it('lets only the author edit, within 15 minutes, while shown', async () => {
    const c = await posted(p.citizen, page, 'First words', { stance: 'against' });
    expect(refusal(await p.koln.request('PATCH', `/api/comments/${c.id}`, { body: 'Hijacked', stance: 'for' }))).toBe('403 forbidden');
    expect(refusal(await p.manager.request('PATCH', `/api/comments/${c.id}`, { body: 'Hijacked', stance: 'for' }))).toBe('403 forbidden');
    expect(refusal(await anonymous.request('PATCH', `/api/comments/${c.id}`, { body: 'Hijacked', stance: 'for' }))).toBe('401 unauthorized');
    const edited = await p.citizen.request('PATCH', `/api/comments/${c.id}`, { body: 'Better words', stance: 'for' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ body: 'Better words', stance: 'for', editedAt: expect.any(String) });
    await ageComment(t, c.id, 16);
    const late = await p.citizen.request('PATCH', `/api/comments/${c.id}`, { body: 'Too late', stance: 'neutral' });
    expect([refusal(late), late.json().params]).toEqual(['409 comment_edit_closed', { minutes: 15 }]);
    expect(await seen(anonymous, page, c.id)).toMatchObject({ body: 'Better words', stance: 'for' });
    expect(await seen(p.citizen, page, c.id)).toMatchObject({ editableUntil: null, mine: true });
  });

  it('lets only the author delete (soft: the row stays), once', async () => {
    const c = await posted(p.citizen, page, 'Delete me');
    expect(refusal(await p.koln.request('DELETE', `/api/comments/${c.id}`))).toBe('403 forbidden');
    expect(refusal(await p.admin.request('DELETE', `/api/comments/${c.id}`))).toBe('403 forbidden');
    expect(refusal(await anonymous.request('DELETE', `/api/comments/${c.id}`))).toBe('401 unauthorized');
    expect((await p.citizen.request('DELETE', `/api/comments/${c.id}`)).statusCode).toBe(204);
    expect(refusal(await p.citizen.request('DELETE', `/api/comments/${c.id}`))).toBe('409 comment_not_shown');
    expect(refusal(await p.citizen.request('PATCH', `/api/comments/${c.id}`, { body: 'Back', stance: 'for' }))).toBe('409 comment_not_shown');
    expect(refusal(await p.koln.request('PATCH', `/api/comments/${c.id}`, { body: 'Back', stance: 'for' }))).toBe('404 not_found');
  });

  it('does not let a new user edit or delete someone else’s comment by its id', async () => {
    const c = await posted(p.koln, page, 'Mine');
    const stranger = await signedUp(t.app, 'stranger.comments@example.org', 'Stranger');
    expect(refusal(await stranger.request('PATCH', `/api/comments/${c.id}`, { body: 'Yours now', stance: 'for' }))).toBe('403 forbidden');
    expect(refusal(await stranger.request('DELETE', `/api/comments/${c.id}`))).toBe('403 forbidden');
  });
});
