import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/health', () => {
  it('answers ok, with the database up', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'up' });
  });
});

describe('GET /api/authorities', () => {
  it('finds Köln from "koln" as the first hit', async () => {
    const res = await get('/api/authorities?q=koln');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items[0]).toMatchObject({ code: 'DE_05315000', name: 'Köln, Stadt', country: 'DE' });
  });
  it('finds Çanakkale from "canakkale" and İstanbul from the typo "istambul"', async () => {
    expect((await get('/api/authorities?q=canakkale')).json().items[0].name).toMatch(/^Çanakkale/);
    expect((await get('/api/authorities?q=istambul')).json().items[0].code).toBe('TR-BSB-34');
  });
  it('finds the Greek city from its Latin name', async () => {
    const item = (await get('/api/authorities?q=thessaloniki')).json().items[0];
    expect(item).toMatchObject({ code: 'EL_07010100', nameLatin: 'Thessaloníki', country: 'GR' });
  });
  it('filters by a region name in Turkish as well as in English', async () => {
    for (const region of ['Orta Makedonya', 'Central Macedonia']) {
      const codes = ((await get(`/api/authorities?region=${encodeURIComponent(region)}`)).json().items as { code: string }[]).map((a) => a.code);
      expect(codes).toContain('EL_07010100');
    }
  });
  it('finds an authority by its Turkish and English exonyms', async () => {
    expect((await get('/api/authorities?q=selanik')).json().items[0].code).toBe('EL_07010100');
    expect((await get('/api/authorities?q=Atina')).json().items[0].code).toBe('EL_45010000');
    expect((await get('/api/authorities?q=athens')).json().items[0].code).toBe('EL_45010000');
  });
  it('filters by country, accepting EL for Greece', async () => {
    const body = (await get('/api/authorities?country=EL&limit=100')).json();
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((a: { country: string }) => a.country === 'GR')).toBe(true);
  });
  it('filters by type, population and region, and pages', async () => {
    const metro = (await get('/api/authorities?type=metropolitan_municipality&minPopulation=3000000')).json();
    expect(metro.items.map((a: { code: string }) => a.code).sort()).toEqual(['TR-BSB-06', 'TR-BSB-16', 'TR-BSB-34', 'TR-BSB-35']);
    const region = (await get('/api/authorities?region=DE2&limit=100')).json();
    // München and Bavaria, the region whose NUTS code DE2 is.
    expect(region.items.map((a: { code: string }) => a.code)).toEqual(['DE-REG-02', 'DE_09162000']);
    const page1 = (await get('/api/authorities?limit=2&offset=0')).json();
    const page2 = (await get('/api/authorities?limit=2&offset=2')).json();
    expect(page1.total).toBe(page2.total);
    expect(page1.items[0].code).not.toBe(page2.items[0].code);
  });
  it('searches near a point within a radius, nearest first', async () => {
    const body = (await get('/api/authorities?near=50.94,6.96&radiusKm=250&sort=distance')).json();
    expect(body.items[0].code).toBe('DE_05315000');
    expect(body.items.every((a: { distanceKm: number }) => a.distanceKm <= 250)).toBe(true);
  });
  it('rejects bad input with 400 and the field', async () => {
    for (const [url, field] of [
      ['/api/authorities?country=XX', 'country'],
      ['/api/authorities?limit=500', 'limit'],
      ['/api/authorities?near=abc', 'near'],
      ['/api/authorities?minPopulation=10&maxPopulation=5', 'minPopulation'],
      ['/api/authorities?type=castle', 'type'],
      ['/api/authorities?sort=distance', 'sort'],
    ] as const) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().fields.map((f: { path: string }) => f.path), url).toContain(field);
    }
  });
});

describe('GET /api/authorities/:code', () => {
  it('returns the profile without officers for the public', async () => {
    const res = await get('/api/authorities/TR-BSB-34');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 'TR-BSB-34', province: 'İstanbul', country: 'TR' });
    expect(res.json().officers).toBeUndefined();
  });
  it('is 404 for an unknown code', async () => {
    const res = await get('/api/authorities/XX_0000');
    expect(res.statusCode).toBe(404);
  });
});

describe('map points and facets', () => {
  it('lists every located authority once', async () => {
    const body = (await get('/api/authorities/points')).json();
    expect(body.codes.length * 2).toBe(body.coords.length);
    expect(body.codes).toContain('DE_05315000');
    const facets = (await get('/api/authorities/facets')).json();
    // 56 municipalities, 6 governorates, 2 special provincial administrations, 14 district governorates, 5 unions.
    expect(facets.countries.TR).toBe(56 + 27);
  });
});

describe('OpenAPI', () => {
  it('describes the directory routes', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/authorities']).toBeDefined();
    expect(doc.paths['/api/authorities/{code}']).toBeDefined();
  });
});
