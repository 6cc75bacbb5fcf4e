import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoredDataError } from '../../../platform/jsonb';
import { testApp, type Agent, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn } from '../../accounts/accounts.testkit';
import { call2018Rules } from '../../../../shared/grants.fixtures';
import { calls } from '../grants.schema';
import { findCall, toCall } from './call.row';

describe('toCall', () => {
  it('gives back the stored rules unchanged when they fit the schema', () => {
    const rules = call2018Rules();
    expect(toCall({ id: 'c1', rules }).rules).toEqual(rules);
  });
  it('stops on corrupt rules with an error naming the call and the field', () => {
    const { grid: _grid, ...rules } = call2018Rules();
    expect(() => toCall({ id: 'c1', rules: { ...rules, budgetCents: 'lots' } })).toThrow(StoredDataError);
    expect(() => toCall({ id: 'c1', rules })).toThrow(/call c1 rules.*grid/);
  });
});

describe('a call whose stored rules are corrupt', () => {
  let t: TestApp;
  let manager: Agent;
  let callId = '';
  beforeAll(async () => {
    t = await testApp();
    await seedDemoAccounts(t.ctx.db, t.ctx.directory);
    manager = await signedIn(t.app, 'manager@twinbridge.demo');
    const programme = await manager.request('POST', '/api/programmes', { code: 'TWIN-X', titleEn: 'Programme', titleTr: 'Program', budgetCents: 2_600_000_00 });
    const created = await manager.request('POST', `/api/programmes/${programme.json().id}/calls`, { reference: 'TWIN-X/01', titleEn: 'Call', titleTr: 'Çağrı', rules: call2018Rules() });
    callId = created.json().id;
  });
  afterAll(async () => t.close());

  it('reads back exactly the rules that were written', async () => {
    expect((await findCall(t.ctx.db, callId))?.rules).toEqual(call2018Rules());
    expect((await manager.request('GET', `/api/calls/${callId}`)).json().rules).toEqual(call2018Rules());
  });
  it('is a logged 500 on our side, never a decision on half a rule set', async () => {
    await t.ctx.db.update(calls).set({ rules: sql`${calls.rules} - 'grid'` }).where(eq(calls.id, callId));
    await expect(findCall(t.ctx.db, callId)).rejects.toThrow(`call ${callId} rules`);
    const res = await manager.request('GET', `/api/calls/${callId}`);
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: 'internal', message: 'Something went wrong on our side' });
    // Publishing reads the rules first: nothing is written on the strength of a corrupt row.
    expect((await manager.request('POST', `/api/calls/${callId}/publish`)).statusCode).toBe(500);
    expect((await t.ctx.db.select({ status: calls.status }).from(calls).where(eq(calls.id, callId)))[0]?.status).toBe('draft');
  });
});
