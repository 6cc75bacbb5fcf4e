import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, refusal, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { seedDemoConsultation } from '../participation/participation.demo';
import { demoCommentsHook, seedDemoComments } from './comments.demo';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
});
afterAll(() => t.close());

describe('the demo comments', () => {
  it('are off outside demo mode, seeded once in demo mode on the demo consultation, and gone when demo mode is off', async () => {
    await demoCommentsHook(t.ctx); // the harness runs with demo off
    t.ctx.config.demo = true;
    expect(await seedDemoComments(t.ctx)).toBe(false); // no demo consultation yet
    await seedDemoConsultation(t.ctx);
    expect(await seedDemoComments(t.ctx)).toBe(true);
    expect(await seedDemoComments(t.ctx)).toBe(false);
    const anonymous = new Agent(t.app);
    const [consultation] = (await anonymous.request('GET', '/api/consultations')).json().items as { id: string }[];
    const target = `consultation:${consultation!.id}`;
    const list = (await anonymous.request('GET', `/api/comments?target=${target}`)).json();
    expect(list.total).toBe(3);
    expect(list.items.map((c: { stance: string; author: { authorityCode: string | null }; replies: unknown[] }) => [c.stance, c.author.authorityCode, c.replies.length])).toEqual([
      ['for', null, 1],
      ['against', 'DE_05315000', 0],
    ]);
    expect(list.items[0].replies[0]).toMatchObject({ author: { name: expect.any(String), authorityCode: 'TR-BSB-34' }, body: expect.stringContaining('(demo)') });
    t.ctx.config.demo = false;
    expect(refusal(await anonymous.request('GET', `/api/comments?target=${target}`))).toBe('404 not_found');
  });
});
