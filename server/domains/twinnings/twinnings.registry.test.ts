import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EU_COUNTRIES } from '../../../shared/countries';
import { fold } from '../../../shared/text/fold';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedIn } from '../accounts/accounts.testkit';
import { testApp, type TestApp } from '../../test/harness';
import { markLoadedUnknown } from './twinnings.backfill';
import { registryCache } from './twinnings.registry';
import { twinnings } from './twinnings.schema';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
});
afterAll(async () => t.close());
const get = async (url: string) => (await t.app.inject({ method: 'GET', url })).json();
type Side = { name: string; country: string | null };
type Item = { id: string; a: Side; b: Side; status: string; source: string };
const eu = new Set<string>(EU_COUNTRIES);

describe('the registry reads as its users expect', () => {
  it('marks loaded twinnings as of unknown state; a twinning made on the platform keeps its real state', async () => {
    const koln = await signedIn(t.app, 'koln@twinbridge.demo');
    const proposed = await koln.request('POST', '/api/twinnings', { partnerCode: 'TR-BSB-06' });
    expect(proposed.statusCode).toBe(201);
    const all: Item[] = (await get('/api/twinnings?scope=all&limit=100')).items;
    expect(all.every((i) => i.status === 'unknown')).toBe(true);
    // A bare proposal is not in the public registry (issue 15); its sides read its real state.
    expect(all.some((i) => i.source === 'platform')).toBe(false);
    expect((await koln.request('GET', `/api/twinnings/${proposed.json().id}`)).json().status).toBe('proposed');
    const stats = await get('/api/twinnings/stats?scope=all');
    expect(stats.byStatus).toEqual({ unknown: all.length });
    expect((await get('/api/twinnings?status=unknown&scope=all&limit=1')).total).toBe(all.length);
    expect((await get('/api/twinnings/network?status=active')).status).toEqual([]);
  });

  it('narrows to Turkey–EU twinnings with scope=tr_eu (the list, the counts and the map)', async () => {
    const all = await get('/api/twinnings?scope=all&limit=100');
    const trEu = await get('/api/twinnings?scope=tr_eu&limit=100');
    expect(trEu.total).toBeGreaterThan(10);
    expect(trEu.total).toBeLessThan(all.total);
    for (const i of trEu.items as Item[]) expect([i.a.country, eu.has(i.b.country ?? '')]).toEqual(['TR', true]);
    expect(trEu.items.some((i: Item) => i.b.name === 'Nicosia')).toBe(false); // Northern Cyprus is not in the EU
    expect((await get('/api/twinnings/stats?scope=tr_eu')).total).toBe(trEu.total);
    expect((await get('/api/twinnings?scope=europe')).error).toBeDefined();
  });

  it('sorts by the folded names, Turkish side first (İ, Ç and Ö where a Turkish reader looks for them)', async () => {
    const row = (a: string, aCountry: string, b: string, bCountry: string) => ({ aName: a, aCountry, bName: b, bCountry, status: 'unknown', source: 'wikipedia', sources: ['wikipedia'] });
    await t.ctx.db.insert(twinnings).values([
      row('Zonguldak', 'TR', 'Bochum', 'DE'), row('İzmir', 'TR', 'Bremen', 'DE'), row('Çanakkale', 'TR', 'Kiel', 'DE'),
      row('Ödemiş', 'TR', 'Graz', 'AT'), row('Bursa', 'TR', 'Darmstadt', 'DE'), row('Aachen', 'DE', 'Kırşehir', 'TR'),
    ]);
    registryCache(t.ctx).invalidate(); // written past the services, as another process would: say so, as its change signal does
    const items: Item[] = (await get('/api/twinnings?scope=tr_eu&source=wikipedia&limit=100')).items;
    expect(items.map((i) => `${i.a.name} – ${i.b.name}`)).toEqual([
      'Bursa – Darmstadt', 'Çanakkale – Kiel', 'İzmir – Bremen', 'Kırşehir – Aachen', 'Ödemiş – Graz', 'Zonguldak – Bochum',
    ]);
    const csv = (await t.app.inject({ method: 'GET', url: '/api/twinnings/export.csv?scope=tr_eu&source=wikipedia' })).body.split('\r\n');
    expect(csv.slice(1, 7).map((l) => l.split(',')[2])).toEqual(['Bursa', 'Çanakkale', 'İzmir', 'Kırşehir', 'Ödemiş', 'Zonguldak']);
  });

  it("sorts an authority's twinnings by the partner's name", async () => {
    const names: string[] = (await get('/api/authorities/DE_05315000/twinnings')).items.map((i: { partner: { name: string } }) => i.partner.name);
    expect(names).toContain('İstanbul Büyükşehir Belediyesi'); // the directory's name, as everywhere else
    expect(names).toEqual([...names].sort((x, y) => fold(x).localeCompare(fold(y))));
  });
});

describe('twinnings loaded as "active" by an earlier version', () => {
  it('become "unknown" at start-up unless an officer changed them since; a second run changes nothing', async () => {
    const rows = await t.ctx.db
      .insert(twinnings)
      .values([
        { aName: 'Konya', aCountry: 'TR', bName: 'Linz', bCountry: 'AT', status: 'active', source: 'dev_pairs', sources: ['dev_pairs'] },
        { aName: 'Mersin', aCountry: 'TR', bName: 'Kiel', bCountry: 'DE', status: 'active', source: 'wikidata', sources: ['wikidata'], updatedAt: new Date(Date.now() + 60_000) },
      ])
      .returning({ id: twinnings.id });
    const ids = rows.map((r) => r.id);
    expect(await markLoadedUnknown(t.ctx.db)).toBe(1);
    const after = await t.ctx.db.select({ name: twinnings.aName, status: twinnings.status }).from(twinnings).where(inArray(twinnings.id, ids));
    expect(Object.fromEntries(after.map((r) => [r.name, r.status]))).toEqual({ Konya: 'unknown', Mersin: 'active' });
    expect(await markLoadedUnknown(t.ctx.db)).toBe(0);
    const platform = await t.ctx.db.select({ status: twinnings.status }).from(twinnings).where(eq(twinnings.source, 'platform'));
    expect(platform.map((r) => r.status)).toEqual(['proposed']);
  });
});
