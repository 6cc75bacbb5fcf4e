import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { Agent, refusal } from '../../test/harness';
import { signedUp } from '../accounts/accounts.testkit';
import { posted } from '../comments/comments.testkit';
import { withDemoPeople } from '../../test/people.testkit';
import { events } from './events.schema';
import { published } from './events.testkit';

const w = withDemoPeople();

describe('comments on events', () => {
  it('a published event takes comments from anyone signed in and shows them to everyone; a hide notice names the event and links to its page', async () => {
    const e = await published(w.p.manager, { title: { en: 'Project cycle management', tr: 'Proje döngüsü yönetimi' } });
    const author = await signedUp(w.t.app, 'pat.events@example.org', 'Pat Attendee');
    const c = await posted(author, `event:${e.id}`, 'Will the slides be shared afterwards?');
    await posted(w.p.istanbul, `event:${e.id}`, 'Yes, on this page.', { parentId: c.id });
    const read = (await new Agent(w.t.app).request('GET', `/api/comments?target=event:${e.id}`)).json() as { total: number; items: { body: string }[] };
    expect(read.total).toBe(2);
    expect(read.items.map((x) => x.body)).toContain('Will the slides be shared afterwards?');
    expect((await w.p.manager.request('POST', `/api/moderation/comments/${c.id}/decision`, { action: 'hide', reason: 'Off topic' })).statusCode).toBe(200);
    const [n] = (await author.request('GET', '/api/notifications')).json().items as { payload: { title: string; link: string } }[];
    expect([n!.payload.title, n!.payload.link]).toEqual(['Project cycle management', `/events/${e.id}`]);
  });

  it('an event the platform does not show (a demo event with demo mode off, or none) is a 404 for reading and writing, even to staff, and takes no comment', async () => {
    const e = await published(w.p.manager);
    await w.t.ctx.db.update(events).set({ demo: true }).where(eq(events.id, e.id)); // the test app runs with demo mode off
    for (const agent of [new Agent(w.t.app), w.p.citizen, w.p.manager]) {
      expect(refusal(await agent.request('GET', `/api/comments?target=event:${e.id}`))).toBe('404 not_found');
    }
    expect(refusal(await w.p.citizen.request('POST', '/api/comments', { target: `event:${e.id}`, body: 'Hello' }))).toBe('404 not_found');
    expect(refusal(await w.p.manager.request('POST', '/api/comments', { target: `event:${e.id}`, body: 'Hello' }))).toBe('404 not_found');
    expect(refusal(await w.p.citizen.request('POST', '/api/comments', { target: 'event:00000000-0000-4000-8000-000000000000', body: 'Hello' }))).toBe('404 not_found');
    expect(refusal(await w.p.citizen.request('GET', '/api/comments?target=event:not-a-uuid'))).toBe('404 not_found');
    // Shown again, it has no comment: the refused ones wrote nothing.
    await w.t.ctx.db.update(events).set({ demo: false }).where(eq(events.id, e.id));
    expect((await w.p.citizen.request('GET', `/api/comments?target=event:${e.id}`)).json()).toMatchObject({ total: 0 });
  });

  it('a signed-out reader may read but not write', async () => {
    const e = await published(w.p.manager);
    expect((await new Agent(w.t.app).request('POST', '/api/comments', { target: `event:${e.id}`, body: 'Hello' })).statusCode).toBe(401);
  });
});
