import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, refusal, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedUp } from '../accounts/accounts.testkit';
import { posted } from '../comments/comments.testkit';
import { demoPeople } from '../grants/applications/grants.applications.testkit';
import { proposed, published } from './knowledge.testkit';

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
});
afterAll(() => t.close());

describe('comments on library entries', () => {
  it('a published entry takes comments from anyone signed in; a hide notice names the entry and links to its page', async () => {
    const e = await published(p.istanbul, p.manager, { titleEn: 'Bike lanes in twinned towns' });
    const author = await signedUp(t.app, 'pat.library@example.org', 'Pat Author');
    const c = await posted(author, `library:${e.id}`, 'We did this too.');
    expect((await new Agent(t.app).request('GET', `/api/comments?target=library:${e.id}`)).json()).toMatchObject({ total: 1 });
    expect((await p.manager.request('POST', `/api/moderation/comments/${c.id}/decision`, { action: 'hide', reason: 'Testing the notice' })).statusCode).toBe(200);
    const [n] = (await author.request('GET', '/api/notifications')).json().items as { payload: { title: string; link: string } }[];
    expect([n!.payload.title, n!.payload.link]).toEqual(['Bike lanes in twinned towns', `/library/${e.id}`]);
  });

  it('an unpublished entry is a 404 to everyone but its proposer and reviewers', async () => {
    const e = await proposed(p.istanbul);
    expect(refusal(await p.citizen.request('POST', '/api/comments', { target: `library:${e.id}`, body: 'Hello' }))).toBe('404 not_found');
    expect(refusal(await new Agent(t.app).request('GET', `/api/comments?target=library:${e.id}`))).toBe('404 not_found');
    expect((await p.manager.request('POST', '/api/comments', { target: `library:${e.id}`, body: 'Please add a Turkish summary.' })).statusCode).toBe(201);
    expect((await p.istanbul.request('GET', `/api/comments?target=library:${e.id}`)).json()).toMatchObject({ total: 1 });
  });
});
