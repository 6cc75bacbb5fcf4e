import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Agent } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { signedUp } from '../accounts/accounts.testkit';
import { insertActivity, insertTwinnings } from './twinnings.figures.testkit';
import { REGISTRY_RECHECK_MS, RegistryCache, registryCache } from './twinnings.registry';

// The registry's in-memory snapshot (list, counts, map): a write through this process is seen at
// once; a write past it (another process) once the check after the recheck window is done, or at once
// after invalidate();
// and a snapshot is never kept as current when a write may have slipped in while it was read.

const w = withDemoPeople();
let ankara: Agent;
const get = async (url: string) => {
  const res = await w.anonymous.request('GET', url);
  expect(res.statusCode).toBe(200);
  return res.json();
};
const platformView = async () => ({
  list: await get('/api/twinnings?source=platform&scope=all&limit=100'),
  stats: await get('/api/twinnings/stats?source=platform&scope=all'),
  network: await get('/api/twinnings/network?source=platform&scope=all'),
});

beforeAll(async () => {
  ankara = await signedUp(w.t.app, 'ankara.cache@example.org', 'Ankara Officer');
  const request = await ankara.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-06' });
  await w.p.admin.request('POST', `/api/admin/officer-requests/${request.json().id}/decision`, { decision: 'approved' });
});
afterEach(() => vi.useRealTimers());

describe('the registry cache', () => {
  it('shows a twinning step through the API at once in the list, the counts and the map', async () => {
    const before = await platformView();
    expect(before.list.total).toBe(0);
    const proposed = await w.p.koln.request('POST', '/api/twinnings', { partnerCode: 'TR-BSB-06' });
    expect(proposed.statusCode).toBe(201);
    expect((await platformView()).list.total).toBe(0); // a bare proposal stays with its two sides
    const ankaraTwins = async () => (await get('/api/authorities/TR-BSB-06/twinnings')).items.map((i: { id: string }) => i.id);
    expect(await ankaraTwins()).not.toContain(proposed.json().id);
    const kolnForAnkara = async () => (await get('/api/authorities/TR-BSB-06/recommendations?country=DE&minPopulation=1000000&k=20')).items.map((i: { authority: { code: string } }) => i.authority.code);
    expect(await kolnForAnkara()).toContain('DE_05315000');
    expect((await ankara.request('POST', `/api/twinnings/${proposed.json().id}/move`, { to: 'exploring' })).statusCode).toBe(200);
    const after = await platformView();
    expect(after.list.items.map((i: { id: string }) => i.id)).toEqual([proposed.json().id]);
    expect(after.stats).toMatchObject({ total: 1, byStatus: { exploring: 1 } });
    expect(after.network.status.map((i: number) => after.network.statuses[i])).toEqual(['exploring']);
    expect(await ankaraTwins()).toContain(proposed.json().id); // the profile's list too
    // Twinned in public now: counted in the matching graph at once, in place, no rebuild awaited.
    expect(await kolnForAnkara()).not.toContain('DE_05315000');
  });

  it("sees another process's write after the recheck window, and at once after invalidate()", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const before = (await get('/api/twinnings?source=wikipedia&scope=all&limit=1')).total as number;
    const [tr, eu] = [w.t.ctx.directory.get('TR-BSB-34')!, w.t.ctx.directory.get('DE_05315000')!];
    await insertTwinnings(w.t, [{ aCode: tr.code, aCountry: 'TR', bCode: eu.code, bCountry: 'DE', status: 'ended', sinceYear: 1990, source: 'wikipedia' }]);
    expect((await get('/api/twinnings?source=wikipedia&scope=all&limit=1')).total).toBe(before); // within the window
    vi.setSystemTime(Date.now() + REGISTRY_RECHECK_MS + 1);
    // Past the window the kept snapshot answers while the check runs; the answers after it see the write.
    expect((await get('/api/twinnings?source=wikipedia&scope=all&limit=1')).total).toBe(before);
    await registryCache(w.t.ctx).checked();
    expect((await get('/api/twinnings?source=wikipedia&scope=all&limit=1')).total).toBe(before + 1);
    const [id] = await insertTwinnings(w.t, [{ aCode: tr.code, aCountry: 'TR', bCode: eu.code, bCountry: 'DE', status: 'ended', sinceYear: 1991, source: 'wikipedia' }]);
    await insertActivity(w.t, id!, '2026-03-01', ['recycling']);
    registryCache(w.t.ctx).invalidate();
    expect((await get('/api/twinnings?source=wikipedia&scope=all&limit=1')).total).toBe(before + 2);
    expect((await get('/api/twinnings?theme=recycling&scope=all&limit=10')).items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('never keeps a snapshot read while a write came in as current', async () => {
    const cache = new RegistryCache(w.t.ctx.db, 60_000);
    const first = await cache.snapshot();
    cache.invalidate();
    const reading = cache.snapshot(); // checks the fingerprint while the write below commits
    const [id] = await insertTwinnings(w.t, [{ aCode: 'TR-BSB-34', aCountry: 'TR', bCode: null, bCountry: 'JP', status: 'unknown', sinceYear: 2001, source: 'wikipedia' }]);
    cache.invalidate(); // the writer's signal, during the read
    await reading;
    const next = await cache.snapshot(); // within the long window, yet checked again
    expect(next).not.toBe(first);
    expect(next.entries.some((e) => e.id === id)).toBe(true);
  });

  it('shares one check among readers together and keeps figures per filter with their snapshot', async () => {
    const cache = new RegistryCache(w.t.ctx.db, 60_000);
    const [a, b] = await Promise.all([cache.snapshot(), cache.snapshot()]);
    expect(b).toBe(a);
    let computed = 0;
    const count = () => cache.figure('n', { scope: 'all' }, (rows) => {
      computed++;
      return rows.length;
    });
    expect(await count()).toBe(await count());
    expect(computed).toBe(1);
    await insertTwinnings(w.t, [{ aCode: 'TR-BSB-34', aCountry: 'TR', bCode: null, bCountry: 'BR', status: 'unknown', sinceYear: 2002, source: 'wikipedia' }]);
    const n = await count();
    cache.invalidate();
    expect(await count()).toBe(n + 1);
    expect(computed).toBe(2);
  });
});
