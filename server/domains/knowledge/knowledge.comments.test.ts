import { describe, expect, it } from 'vitest';
import { Agent, refusal } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { signedUp } from '../accounts/accounts.testkit';
import { posted } from '../comments/comments.testkit';
import { proposed, published } from './knowledge.testkit';

const world = withDemoPeople();

describe('comments on library entries', () => {
  it('a published entry takes comments from anyone signed in; a hide notice names the entry and links to its page', async () => {
    const e = await published(world.p.istanbul, world.p.manager, { titleEn: 'Bike lanes in twinned towns' });
    const author = await signedUp(world.t.app, 'pat.library@example.org', 'Pat Author');
    const c = await posted(author, `library:${e.id}`, 'We did this too.');
    expect((await new Agent(world.t.app).request('GET', `/api/comments?target=library:${e.id}`)).json()).toMatchObject({ total: 1 });
    expect((await world.p.manager.request('POST', `/api/moderation/comments/${c.id}/decision`, { action: 'hide', reason: 'Testing the notice' })).statusCode).toBe(200);
    const [n] = (await author.request('GET', '/api/notifications')).json().items as { payload: { title: string; link: string } }[];
    expect([n!.payload.title, n!.payload.link]).toEqual(['Bike lanes in twinned towns', `/library/${e.id}`]);
  });

  it('an unpublished entry is a 404 to everyone but its proposer and reviewers', async () => {
    const e = await proposed(world.p.istanbul);
    expect(refusal(await world.p.citizen.request('POST', '/api/comments', { target: `library:${e.id}`, body: 'Hello' }))).toBe('404 not_found');
    expect(refusal(await new Agent(world.t.app).request('GET', `/api/comments?target=library:${e.id}`))).toBe('404 not_found');
    expect((await world.p.manager.request('POST', '/api/comments', { target: `library:${e.id}`, body: 'Please add a Turkish summary.' })).statusCode).toBe(201);
    expect((await world.p.istanbul.request('GET', `/api/comments?target=library:${e.id}`)).json()).toMatchObject({ total: 1 });
  });
});
