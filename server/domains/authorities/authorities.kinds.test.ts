import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedIn, signedUp } from '../accounts/accounts.testkit';
import { displayNameText } from '../../../shared/authorityNames';

// The directory's kinds that are not municipalities, on the fixture data: 6 provinces (Adana, Adıyaman,
// Ankara, Çanakkale, İstanbul, İzmir), 16 of their districts, the five cited unions and 8 EU regions.

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
});
afterAll(async () => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
const search = async (query: string) => (await get(`/api/authorities?${query}`)).json() as { items: { code: string; type: string; name: string }[]; total: number };

const KINDS = [
  { type: 'governorate', total: 6, code: 'TR-VAL-17', q: 'Çanakkale Valiliği', name: 'Çanakkale Valiliği', nameLatin: 'Governorship of Çanakkale', province: 'Çanakkale' },
  { type: 'special_provincial_administration', total: 2, code: 'TR-IOI-17', q: 'canakkale il ozel idaresi', name: 'Çanakkale İl Özel İdaresi', nameLatin: 'Special Provincial Administration of Çanakkale', province: 'Çanakkale' },
  { type: 'district_governorate', total: 14, code: 'TR-KAY-17-GOKCEADA', q: 'gokceada kaymakamligi', name: 'Gökçeada Kaymakamlığı', nameLatin: 'District Governorship of Gökçeada', province: 'Çanakkale' },
  { type: 'union_of_municipalities', total: 5, code: 'TR-BIR-TBB', q: 'Union of Municipalities of Turkey', name: 'Türkiye Belediyeler Birliği', nameLatin: 'Union of Municipalities of Turkey', province: 'Ankara' },
  { type: 'region', total: 8, code: 'DE-REG-02', q: 'bavaria', name: 'Bavaria', nameLatin: null, province: null },
] as const;

describe.each(KINDS)('the directory’s $type', (kind) => {
  it('is found by its name in Turkish or English', async () => {
    expect((await search(`q=${encodeURIComponent(kind.q)}`)).items[0]).toMatchObject({ code: kind.code, type: kind.type });
  });
  it('is listed alone by the type filter, and counted in the facets', async () => {
    const found = await search(`type=${kind.type}&limit=100`);
    expect(found.total).toBe(kind.total);
    expect(new Set(found.items.map((i) => i.type))).toEqual(new Set([kind.type]));
    expect((await get('/api/authorities/facets')).json().types[kind.type]).toBe(kind.total);
  });
  it('has a profile with its names, province and place', async () => {
    const res = await get(`/api/authorities/${kind.code}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: kind.code, type: kind.type, name: kind.name, nameLatin: kind.nameLatin, province: kind.province, lat: expect.any(Number), lon: expect.any(Number) });
  });
});

describe('the kinds in the filters and profiles', () => {
  it('finds a province’s governorate by the province’s name under the type filter, and the municipality first without it', async () => {
    expect((await search('q=adana&type=governorate')).items.map((i) => i.code)).toEqual(['TR-VAL-01']);
    expect((await search('q=adana')).items[0]!.code).toBe('TR-BSB-01');
  });
  it('lists a province’s governorate, administration and district governorates under its province code', async () => {
    const codes = (await search('region=TR-17&limit=100')).items.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['TR-VAL-17', 'TR-IOI-17', 'TR-KAY-17-BIGA', 'TR-M-1584']));
    expect(codes).not.toContain('TR-KAY-17-MERKEZ');
  });
  it('gives a governorate the population of its province and a region the people of its municipalities', async () => {
    expect((await get('/api/authorities/TR-VAL-34')).json()).toMatchObject({ population: expect.any(Number), region: 'TR-34', regionName: 'İstanbul' });
    expect((await get('/api/authorities/DE-REG-02')).json()).toMatchObject({ country: 'DE', region: 'DE212', population: 1_484_226 });
    expect((await search('region=DE2&type=region')).items.map((i) => i.code)).toEqual(['DE-REG-02']);
  });
  it('names an EU region in Turkish for a Turkish reader, and finds it by that name', async () => {
    const [bavaria] = (await search('q=bavyera')).items;
    expect(bavaria).toMatchObject({ code: 'DE-REG-02' });
    expect(displayNameText(bavaria!, 'tr')).toBe('Bavyera');
    expect(displayNameText(bavaria!, 'en')).toBe('Bavaria');
  });
  it('answers 404 for a district governorate that does not exist (a central district of a non-metropolitan province)', async () => {
    expect((await get('/api/authorities/TR-KAY-17-MERKEZ')).statusCode).toBe(404);
  });
});

describe('officers of a governorate', () => {
  let officer: Agent;
  it('are approved for it like any authority, and then edit its profile', async () => {
    const admin = await signedIn(t.app, 'admin@twinbridge.demo');
    officer = await signedUp(t.app, 'valilik@example.org', 'Ayşe Yılmaz');
    const filed = await officer.request('POST', '/api/officer-requests', { authorityCode: 'TR-VAL-17', position: 'AB ve Dış İlişkiler Bürosu' });
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({ authorityCode: 'TR-VAL-17', authorityName: 'Çanakkale Valiliği', status: 'pending' });
    expect((await admin.request('POST', `/api/admin/officer-requests/${filed.json().id}/decision`, { decision: 'approved' })).statusCode).toBe(200);
    expect((await officer.request('GET', '/api/auth/me')).json().user).toMatchObject({ role: 'officer', authorityCode: 'TR-VAL-17' });
    const edited = await officer.request('PATCH', '/api/authorities/TR-VAL-17', { descriptionEn: 'EU affairs office of the governorship' });
    expect(edited.statusCode).toBe(200);
    expect((await get('/api/authorities/TR-VAL-17')).json().descriptionEn).toBe('EU affairs office of the governorship');
  });
  it('may not edit the special provincial administration of the same province', async () => {
    expect((await officer.request('PATCH', '/api/authorities/TR-IOI-17', { descriptionEn: 'Not ours' })).statusCode).toBe(403);
  });
});
