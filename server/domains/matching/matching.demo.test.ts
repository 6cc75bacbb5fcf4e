import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEMES } from '../../../shared/themes';
import { loadConfig } from '../../platform/config';
import { testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedIn } from '../accounts/accounts.testkit';
import { officerOf } from '../grants/applications/grants.applications.testkit';
import { demoMatchingHook, seedDemoMatching } from './matching.demo';
import { profileAnswers } from '../authorities/authorities.answers';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
});
afterAll(async () => t.close());
const get = (url: string) => t.app.inject({ method: 'GET', url });
type Item = { authority: { code: string }; reasons: { kind: string; text: string }[] };
type Request = { authority: { code: string; country: string }; demo: boolean; status: string; themes: string[]; descriptionEn: string; descriptionTr: string };
const requests = async () => (await get('/api/partner-requests?limit=100')).json() as { total: number; items: Request[] };

describe('the matching demo', () => {
  it('is off outside demo mode, and demo mode is off in production unless DEMO=1', async () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO: '1' }).demo).toBe(true);
    await demoMatchingHook(t.ctx); // the harness runs with demo off
    expect((await requests()).total).toBe(0);
  });

  it('explains an empty list per filter and says what removing each would give', async () => {
    const res = (await get('/api/authorities/TR-BSB-34/recommendations?theme=recycling&onlyWithRequest=true&country=DE')).json();
    expect(res.items).toEqual([]);
    const [theme, request, country] = res.empty.filters;
    expect(theme).toEqual({ filter: 'theme', alone: 0, without: 0 });
    expect(request).toEqual({ filter: 'onlyWithRequest', alone: 0, without: 0 });
    expect(country.filter).toBe('country');
    expect(country.alone).toBeGreaterThan(0); // German candidates exist; the theme and the request empty the list
    const themeOnly = (await get('/api/authorities/TR-BSB-34/recommendations?theme=recycling')).json();
    expect(themeOnly.empty.filters).toEqual([{ filter: 'theme', alone: 0, without: expect.any(Number) }]);
    expect(themeOnly.empty.filters[0].without).toBeGreaterThan(0);
    expect((await get('/api/authorities/TR-BSB-34/recommendations')).json().empty).toBeUndefined();
  });

  it('gives a realistic set of Turkish and EU authorities themes and open requests marked demo, once', async () => {
    t.ctx.config.demo = true; // demo mode from here on, until the last test turns it off
    const first = await seedDemoMatching(t.ctx);
    expect(first.themes).toBeGreaterThanOrEqual(30);
    expect(first.themes).toBeLessThanOrEqual(60);
    expect(first.requests).toBeGreaterThanOrEqual(10);
    expect(first.requests).toBeLessThanOrEqual(20);
    const { items, total } = await requests();
    expect(total).toBe(first.requests);
    expect(items.every((r) => r.demo && r.status === 'open' && r.descriptionEn && r.descriptionTr)).toBe(true);
    expect(new Set(items.map((r) => r.authority.country === 'TR'))).toEqual(new Set([true, false]));
    // The demo officers' own authorities are theirs to describe.
    expect(items.map((r) => r.authority.code)).not.toContain('TR-BSB-34');
    expect((await get('/api/authorities/TR-BSB-34')).json().themes).toEqual([]);
    expect(await seedDemoMatching(t.ctx)).toEqual({ themes: 0, requests: 0 });
    expect((await requests()).total).toBe(total);
  });

  it('makes every theme filter and "only with an open request" give partners, each way', async () => {
    for (const code of ['TR-BSB-34', 'DE_05315000']) {
      for (const theme of THEMES) {
        const items = (await get(`/api/authorities/${code}/recommendations?theme=${theme}`)).json().items as Item[];
        expect([code, theme, items.length > 0]).toEqual([code, theme, true]);
        expect(items[0]!.reasons.map((r) => r.kind)).toContain('themes');
      }
      expect((await get(`/api/authorities/${code}/recommendations?onlyWithRequest=true`)).json().items.length).toBeGreaterThan(0);
    }
    // An empty list names the filter that empties it and what removing it gives.
    const narrow = (await get('/api/authorities/TR-BSB-34/recommendations?theme=recycling&minPopulation=90000000')).json();
    expect(narrow.items).toEqual([]);
    const withTheme = (await get('/api/authorities/TR-BSB-34/recommendations?theme=recycling&k=100')).json().items.length;
    expect(narrow.empty.filters).toEqual([{ filter: 'theme', alone: withTheme, without: 0 }, { filter: 'population', alone: 0, without: withTheme }]);
  });

  it('says the themes İstanbul shares with a candidate once İstanbul saved its own', async () => {
    const istanbul = await signedIn(t.app, 'istanbul@twinbridge.demo');
    expect((await istanbul.request('PATCH', '/api/authorities/TR-BSB-34', { themes: ['culture', 'recycling'] })).statusCode).toBe(200);
    const items = (await get('/api/authorities/TR-BSB-34/recommendations?k=20&lang=en')).json().items as Item[];
    const said = items.flatMap((i) => i.reasons).filter((r) => r.kind === 'themes');
    expect(said.length).toBeGreaterThan(0);
    expect(said[0]!.text).toMatch(/^Shared themes: (Culture|Recycling)/);
  });

  it('once demo mode is off, lists, shows and answers no demo request and counts no demo-seeded theme', async () => {
    const seededRequest = (await requests()).items[0] as Request & { id: string };
    const seededCode = seededRequest.authority.code;
    expect((await get(`/api/authorities/${seededCode}`)).json().themes.length).toBeGreaterThan(0);
    t.ctx.config.demo = false;
    // What was kept under demo mode is told, as a restart with DEMO off would start afresh.
    t.ctx.matching.invalidate();
    profileAnswers(t.ctx).forget();
    expect((await requests()).total).toBe(0);
    expect((await get(`/api/partner-requests/${seededRequest.id}`)).statusCode).toBe(404);
    const koln = await signedIn(t.app, 'koln@twinbridge.demo');
    const answer = await koln.request('POST', '/api/expressions-of-interest', { toCode: seededCode, requestId: seededRequest.id, message: 'About your request.' });
    expect(answer.statusCode).toBe(400);
    // The seeded profile themes are not the authority's word: not shown, not matched on.
    expect((await get(`/api/authorities/${seededCode}`)).json().themes).toEqual([]);
    expect((await get('/api/authorities/TR-BSB-34/recommendations?theme=recycling')).json().items).toEqual([]);
    expect((await get('/api/authorities/TR-BSB-34/recommendations?onlyWithRequest=true')).json().items).toEqual([]);
    // Nor does the home page of an officer later approved for that authority list it.
    const admin = await signedIn(t.app, 'admin@twinbridge.demo');
    const officer = await officerOf(t, admin, 'seeded.officer@example.org', seededCode);
    const home = (await officer.request('GET', '/api/me/home')).json() as { sections: { key: string; total: number }[] };
    expect(home.sections.find((s) => s.key === 'requests')?.total).toBe(0);
    // İstanbul's own themes (saved by its officer) still count.
    expect((await get('/api/authorities/TR-BSB-34')).json().themes).toEqual(['culture', 'recycling']);
  });
});
