import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());
const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('twinnings loaded from the public lists', () => {
  it('lists an authority’s twinnings with partner and source', async () => {
    const res = await get('/api/authorities/TR-BSB-34/twinnings');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { partner: { code: string | null; name: string; country: string | null; countryName: string }; source: string }[];
    expect(items.find((i) => i.partner.code === 'AT_90001')).toMatchObject({ source: 'dev_pairs', partner: { name: 'Wien', nameLatin: null, country: 'AT' } });
    expect(items.find((i) => i.partner.countryName === 'Northern Cyprus')).toMatchObject({ partner: { code: null, country: null } });
  });
  it('ties Cologne in the Wikipedia list to Köln and keeps Barcelona external', async () => {
    const items = (await get('/api/authorities/DE_05315000/twinnings')).json().items as { partner: { code: string | null; name: string } }[];
    expect(items.some((i) => i.partner.code === 'TR-BSB-34')).toBe(true);
    expect(items.find((i) => i.partner.name === 'Barcelona')?.partner.code).toBeNull();
  });
  it('is 404 for an unknown authority', async () => {
    expect((await get('/api/authorities/XX_1/twinnings')).statusCode).toBe(404);
  });
  it('filters the registry by country, province and source, and validates input', async () => {
    const all = (await get('/api/twinnings?limit=100')).json();
    expect(all.total).toBeGreaterThan(20);
    const ist = (await get('/api/twinnings?province=TR-34&limit=100')).json();
    expect(ist.total).toBeGreaterThan(0);
    expect(ist.items.every((i: { a: { code: string }; b: { code: string } }) => i.a.code === 'TR-BSB-34' || i.b.code === 'TR-BSB-34')).toBe(true);
    const dev = (await get('/api/twinnings?source=dev_pairs&country=AT')).json();
    expect(dev.items.length).toBeGreaterThan(0);
    expect((await get('/api/twinnings?status=married')).statusCode).toBe(400);
  });
  it('exposes the match counts', async () => {
    const s = (await get('/api/twinnings/match-stats')).json();
    expect(s.pairs).toBe(s.bySource.dev_pairs + s.bySource.wikidata + s.bySource.wikipedia);
    expect(s.matchedSides).toBeGreaterThan(0);
    expect(s.byMethod.code).toBeGreaterThan(0);
  });
});
