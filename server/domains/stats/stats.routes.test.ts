import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Stats } from '../../../shared/stats';
import { Agent, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { demoPeople } from '../grants/applications/grants.applications.testkit';
import { insertProject, setAwardStatus } from '../grants/grants.stats.testkit';
import { moveEvent, published } from '../events/events.testkit';
import { moveDates, opened } from '../participation/participation.testkit';
import { allTwinnings, insertActivity, insertTwinnings } from '../twinnings/twinnings.figures.testkit';
import { STATS_RECHECK_MS, statsCache, statsOf } from './stats.service';

// GET /api/stats on the fixture directory and its loaded twinnings, plus rows this test adds through
// the owning domains' testkits. Figures are checked against recounts of the same rows done here.

let t: TestApp;
let anyone: Agent;
let p: Awaited<ReturnType<typeof demoPeople>>;
/** Lets the clock pass the recheck window, so the next request asks the database again. */
const afterWindow = () => vi.setSystemTime(Date.now() + STATS_RECHECK_MS + 1);
const get = async (): Promise<Stats> => {
  afterWindow();
  // The first request past the window gets the kept figures and starts the check; the next, its result.
  expect((await anyone.request('GET', '/api/stats')).statusCode).toBe(200);
  await statsOf(t.ctx).checked();
  const res = await anyone.request('GET', '/api/stats');
  expect(res.statusCode).toBe(200);
  return res.json() as Stats;
};

/** Authorities of the fixture directory: two Turkish ones in different provinces, one EU one. */
function places() {
  const all = t.ctx.directory.all();
  const tr1 = all.find((a) => a.country === 'TR' && a.regionName)!;
  const tr2 = all.find((a) => a.country === 'TR' && a.regionName && a.regionName !== tr1.regionName)!;
  const eu = all.find((a) => a.country === 'DE') ?? all.find((a) => a.country !== 'TR')!;
  return { tr1, tr2, eu };
}

beforeAll(async () => {
  // Only Date is faked: the route's clock moves on by hand, timers and the database run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  anyone = new Agent(t.app);
});
afterAll(async () => {
  await t.close();
  vi.useRealTimers();
});

describe('GET /api/stats', () => {
  it('answers anyone with the authorities of the directory, per kind and side', async () => {
    const s = await get();
    const all = t.ctx.directory.all();
    expect(s.authorities).toBe(all.length);
    expect(s.authoritiesBySide.tr).toBe(all.filter((a) => a.country === 'TR').length);
    expect(s.authoritiesBySide.eu).toBe(all.filter((a) => a.country !== 'TR').length);
    expect(s.authoritiesByKind.metropolitan_municipality).toBe(all.filter((a) => a.type === 'metropolitan_municipality').length);
    expect(s.events).toEqual({ held: 0, participants: 0 });
  });

  it('counts twinnings as a recount of the registry rows, and new ones as soon as they are written', async () => {
    const before = await get();
    const { tr1, eu } = places();
    const ids = await insertTwinnings(t, [
      { aCode: tr1.code, aCountry: 'TR', bCode: eu.code, bCountry: eu.country, status: 'active', sinceYear: 1987, source: 'wikipedia' },
      { aCode: tr1.code, aCountry: 'TR', bCode: null, bCountry: 'TR', status: 'dormant', sinceYear: null, source: 'wikipedia' },
      { aCode: tr1.code, aCountry: 'TR', bCode: eu.code, bCountry: eu.country, status: 'exploring', sinceYear: null, source: 'platform' },
      // A bare proposal is not counted: it is public only once the partner took part (issue 15).
      { aCode: tr1.code, aCountry: 'TR', bCode: eu.code, bCountry: eu.country, status: 'proposed', sinceYear: null, source: 'platform' },
    ]);
    await insertActivity(t, ids[0]!, '2024-05-02', ['culture', 'youth_sports']);
    await insertActivity(t, ids[0]!, '2024-11-20', ['culture']);
    const s = await get();
    const rows = await allTwinnings(t);
    expect(s.twinnings.total).toBe(rows.length);
    expect(s.twinnings.total).toBe(before.twinnings.total + 3);
    expect(s.twinnings.byStatus.proposed).toBe(before.twinnings.byStatus.proposed);
    expect(s.twinnings.active).toBe(rows.filter((r) => r.status === 'active').length);
    for (const status of ['active', 'dormant', 'exploring']) expect(s.twinnings.byStatus[status]).toBe(rows.filter((r) => r.status === status).length);
    expect(s.twinnings.byCountry.TR).toBe(rows.filter((r) => r.aCountry === 'TR' || r.bCountry === 'TR').length);
    const year = (y: number, of: Stats) => of.twinnings.byYear.find((b) => b.year === y)?.count ?? 0;
    expect(year(1987, s)).toBe(year(1987, before) + 1);
    // The platform one is dated by the year it was made; the undated loaded one is in no year.
    const thisYear = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Istanbul' }).format(new Date()));
    expect(year(thisYear, s)).toBe(year(thisYear, before) + 1);
    expect(s.activitiesByThemeYear).toEqual(expect.arrayContaining([{ theme: 'culture', year: 2024, count: 2 }, { theme: 'youth_sports', year: 2024, count: 1 }]));
  });

  it('counts funded projects, money granted, provinces and countries; a declined award drops out', async () => {
    const { tr1, tr2, eu } = places();
    const first = await insertProject(t, { leadCode: tr1.code, partners: [{ code: eu.code, confirmed: true }], grantCents: 6_000_000, status: 'contracted' });
    await insertProject(t, { leadCode: tr1.code, partners: [{ code: tr2.code, confirmed: false }], grantCents: 9_950_050, status: 'awarded' });
    await insertProject(t, { leadCode: tr2.code, partners: [], grantCents: 1_000_000, status: 'withdrawn' });
    const s = await get();
    // The unconfirmed partner's province is not reached; the withdrawn award is not funded.
    expect(s.projects).toEqual({ count: 2, grantedCents: 15_950_050, provinces: 1, countries: eu.country === 'TR' ? 1 : 2 });
    await setAwardStatus(t, first, 'declined');
    expect((await get()).projects).toEqual({ count: 1, grantedCents: 9_950_050, provinces: 1, countries: 1 });
  });

  it('counts consultations once they have opened, not before', async () => {
    const before = (await get()).consultations;
    const running = await opened(p.manager);
    const later = await opened(p.manager);
    await moveDates(t, later.id, 'upcoming');
    const closed = await opened(p.manager);
    await moveDates(t, closed.id, 'closed');
    expect(running.id).toBeTruthy();
    expect((await get()).consultations).toBe(before + 2);
  });

  it('serves the cached figures while nothing changed and recomputes after a change', async () => {
    const a = await get();
    const b = await get();
    expect(b.computedAt).toBe(a.computedAt);
    const { tr1, eu } = places();
    await insertTwinnings(t, [{ aCode: tr1.code, aCountry: 'TR', bCode: eu.code, bCountry: eu.country, status: 'signed', sinceYear: 2001, source: 'wikipedia' }]);
    const c = await get();
    expect(c.twinnings.total).toBe(a.twinnings.total + 1);
    expect(c.twinnings.byStatus.signed).toBe((a.twinnings.byStatus.signed ?? 0) + 1);
  });

  it('serves its figures within the recheck window, shares one check among requests together, and sees a write once the check after the window is done', async () => {
    const figures = statsCache(t.ctx);
    const [a, b] = await Promise.all([figures(), figures()]);
    expect(b).toBe(a);
    const { tr1, eu } = places();
    await insertTwinnings(t, [{ aCode: tr1.code, aCountry: 'TR', bCode: eu.code, bCountry: eu.country, status: 'ended', sinceYear: 1999, source: 'wikipedia' }]);
    expect(await figures()).toBe(a);
    afterWindow();
    expect(await figures()).toBe(a); // kept while the check runs
    await figures.checked();
    expect((await figures()).twinnings.byStatus.ended).toBe((a.twinnings.byStatus.ended ?? 0) + 1);
  });

  it('is in the OpenAPI document with its operation id', async () => {
    const doc = (await anyone.request('GET', '/api/openapi.json')).json() as { paths: Record<string, { get?: { operationId?: string } }> };
    expect(doc.paths['/api/stats']?.get?.operationId).toBe('getStats');
  });

  it('counts events held once they end, and each person whose attendance was marked once', async () => {
    const before = await get();
    const first = (await published(p.istanbul, { capacity: 3 })).id;
    const second = (await published(p.istanbul, { capacity: 3 })).id;
    for (const id of [first, second]) for (const who of [p.koln, p.citizen]) expect((await who.request('POST', `/api/events/${id}/registration`)).statusCode).toBeLessThan(300);
    const citizenId = (await p.citizen.request('GET', '/api/auth/me')).json().user.id as string;
    for (const id of [first, second]) {
      await moveEvent(t, id, 'started');
      expect((await p.istanbul.request('PUT', `/api/events/${id}/attendance`, { marks: [{ userId: citizenId, attended: true }] })).statusCode).toBe(200);
    }
    // Started, not ended: nothing held yet, but the citizen is trained (once, though at two events).
    expect((await get()).events).toEqual({ held: before.events.held, participants: before.events.participants + 1 });
    await moveEvent(t, first, 'ended');
    expect((await get()).events).toEqual({ held: before.events.held + 1, participants: before.events.participants + 1 });
  });
});
