import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, refusal, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedUp } from '../accounts/accounts.testkit';
import { demoPeople } from '../grants/applications/grants.applications.testkit';
import { listProjects } from '../grants/awards/grants.projects.service';
import { seedDemoProgramme } from '../grants/demo/grants.demo';
import { posted } from './comments.testkit';

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  await seedDemoProgramme(t.ctx);
  p = await demoPeople(t);
});
afterAll(() => t.close());

/** The notice a comment's author gets when a moderator hides it: its title and link. */
async function noticeOn(target: string, email: string): Promise<[string, string]> {
  const author = await signedUp(t.app, email, 'Pat Author');
  const c = await posted(author, target, 'A comment to moderate');
  expect((await p.manager.request('POST', `/api/moderation/comments/${c.id}/decision`, { action: 'hide', reason: 'Testing the notice' })).statusCode).toBe(200);
  const [n] = (await author.request('GET', '/api/notifications')).json().items as { payload: { title: string; link: string } }[];
  return [n!.payload.title, n!.payload.link];
}

describe('every kind of page takes comments, and a notice names the page and links to it', () => {
  it('an awarded project', async () => {
    const project = (await listProjects(t.ctx, {}))[0]!;
    expect(await noticeOn(`project:${project.id}`, 'pat.project@example.org')).toEqual([project.titleEn, `/grants/projects/${project.id}`]);
  });

  it('a twinning, named by its two sides', async () => {
    const twinnings = (await new Agent(t.app).request('GET', '/api/authorities/TR-BSB-34/twinnings')).json().items as { id: string; partner: { code: string | null } }[];
    const koln = twinnings.find((x) => x.partner.code === 'DE_05315000')!;
    const [title, link] = await noticeOn(`twinning:${koln.id}`, 'pat.twinning@example.org');
    expect(title).toMatch(/İstanbul.* – Köln|Köln – .*İstanbul/);
    expect(link).toBe(`/twinnings/${koln.id}`);
  });

  it('a partner request (the board: requests have no page of their own)', async () => {
    const req = await p.istanbul.request('POST', '/api/partner-requests', { title: 'Partner for a riverside park', themes: ['environment'], descriptionEn: 'We look for a partner on parks.' });
    expect(await noticeOn(`request:${req.json().id as string}`, 'pat.request@example.org')).toEqual(['Partner for a riverside park', `/partners/requests/${req.json().id as string}`]);
  });

  it('refuses a project that does not exist (404)', async () => {
    expect(refusal(await p.citizen.request('POST', '/api/comments', { target: 'project:00000000-0000-4000-8000-000000000009', body: 'Hello' }))).toBe('404 not_found');
  });
});
