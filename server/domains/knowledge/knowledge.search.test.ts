import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryHit, LibrarySearchResult } from '../../../shared/knowledge';
import { Agent, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { demoPeople } from '../grants/applications/grants.applications.testkit';
import { proposed, published } from './knowledge.testkit';

// Search in Turkish and English with stemmed and accent-folded words; the same assertions run on
// PGlite and, with DATABASE_URL, on PostgreSQL.

let t: TestApp;
let anonymous: Agent;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  const p = await demoPeople(t);
  anonymous = new Agent(t.app);
  ids.belediye = (await published(p.istanbul, p.manager, {
    titleTr: 'Küçük belediye için atık yönetimi', titleEn: 'Waste management for a small town', themes: ['recycling'], country: 'TR', kind: 'case_study',
    summaryTr: 'Bir belediye, kompost ve geri dönüşüm ile atığı yarıya indirdi.', summaryEn: 'A town halved its waste with compost and recycling.',
  })).id;
  ids.twinning = (await published(p.koln, p.manager, {
    titleTr: 'Kardeş şehir ağları', titleEn: 'Thematic twinning networks', themes: ['culture'], country: 'DE', kind: 'guide',
    summaryTr: 'Şehirler arası tematik ağlar nasıl kurulur.', summaryEn: 'How a twinning between towns grows into a thematic network.',
    bodyEn: `${'Partners meet every year. '.repeat(20)}Youth exchanges made the twinning last.`,
  })).id;
  ids.hidden = (await proposed(p.istanbul, { titleTr: 'Belediye gizli taslak', summaryTr: 'Henüz yayımlanmadı, belediye taslağı.' })).id;
});
afterAll(() => t.close());

async function search(query: string): Promise<LibrarySearchResult> {
  const res = await anonymous.request('GET', `/api/library?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as LibrarySearchResult;
}
const found = (r: LibrarySearchResult) => r.items.map((i) => i.id);
const marked = (h: LibraryHit) => h.snippet.highlights.map(([a, b]) => h.snippet.text.slice(a, b));

describe('Turkish search', () => {
  it('finds `belediye` when asked for `belediyeler` (and the other way round), with the word highlighted', async () => {
    const plural = await search('q=belediyeler&lang=tr');
    expect(found(plural)).toEqual([ids.belediye]);
    expect(plural.total).toBe(1);
    expect(plural.items[0]).toMatchObject({ title: 'Küçük belediye için atık yönetimi', lang: 'tr', kind: 'case_study' });
    expect(marked(plural.items[0]!)).toEqual(['belediye']);
    expect(found(await search('q=belediye&lang=tr'))).toEqual([ids.belediye]);
  });

  it('folds accents and case: `geri donusum` and `KOMPOSTU` find the Turkish text', async () => {
    expect(found(await search(`q=${encodeURIComponent('geri donusum')}&lang=tr`))).toEqual([ids.belediye]);
    expect(found(await search(`q=${encodeURIComponent('ŞEHİRLER')}&lang=tr`))).toEqual([ids.twinning]);
    expect(found(await search('q=sehir&lang=tr'))).toEqual([ids.twinning]);
  });
});

describe('English search', () => {
  it('finds `twinning` when asked for `twinnings`, snippet cut around it with every occurrence highlighted', async () => {
    const r = await search('q=twinnings&lang=en');
    expect(found(r)).toEqual([ids.twinning]);
    const hit = r.items[0]!;
    expect(hit).toMatchObject({ title: 'Thematic twinning networks', lang: 'en' });
    expect(marked(hit).length).toBeGreaterThanOrEqual(1);
    expect(marked(hit).every((w) => w.toLowerCase().startsWith('twin'))).toBe(true);
  });

  it('needs every word (AND) and reads the other language only when asked for it', async () => {
    expect(found(await search('q=compost%20recycling&lang=en'))).toEqual([ids.belediye]);
    expect(found(await search('q=compost%20network&lang=en'))).toEqual([]);
    expect(found(await search('q=twinnings&lang=tr'))).toEqual([]);
    const both = await search('q=twinnings');
    expect(found(both)).toEqual([ids.twinning]);
    expect(both.items[0]!.lang).toBe('en');
  });
});

describe('filters and visibility', () => {
  it('filters by theme, country and kind, lists newest first without words, and never shows unpublished entries', async () => {
    expect(found(await search('theme=recycling'))).toEqual([ids.belediye]);
    expect(found(await search('country=DE'))).toEqual([ids.twinning]);
    expect(found(await search('type=guide&q=twinning&lang=en'))).toEqual([ids.twinning]);
    expect(found(await search('type=document'))).toEqual([]);
    const all = await search('');
    expect(all.total).toBe(2);
    expect(found(all)).toEqual([ids.twinning, ids.belediye]);
    expect(found(await search('q=taslak&lang=tr'))).toEqual([]);
  });

  it('pages with limit and offset and keeps the total', async () => {
    const page2 = await search('limit=1&offset=1');
    expect(page2).toMatchObject({ total: 2 });
    expect(found(page2)).toEqual([ids.belediye]);
    expect(await search('limit=1&offset=5')).toEqual({ items: [], total: 2 });
  });
});
