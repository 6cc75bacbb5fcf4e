import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibrarySearchResult } from '../../../shared/knowledge';
import { Agent, testApp, type TestApp } from '../../test/harness';
import { SEED_GUIDES } from './knowledge.guides';
import { seedLibraryGuides } from './knowledge.seed';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('seeded guides', () => {
  it('publishes each guide once, with its publisher, link and licence, findable in both languages', async () => {
    expect(await seedLibraryGuides(t.ctx)).toBe(SEED_GUIDES.length);
    expect(await seedLibraryGuides(t.ctx)).toBe(0);
    const all = (await new Agent(t.app).request('GET', '/api/library?limit=50')).json() as LibrarySearchResult;
    expect(all.total).toBe(SEED_GUIDES.length);
    expect(all.items.every((i) => i.source !== null && /^https?:\/\//.test(i.source.url) && i.source.licence.length > 0)).toBe(true);
    const en = (await new Agent(t.app).request('GET', '/api/library?q=twinned%20towns&lang=en')).json() as LibrarySearchResult;
    expect(en.items.map((i) => i.title)).toContain("Sharing for tomorrow's Europe: thematic networking of twinned towns");
    const tr = (await new Agent(t.app).request('GET', `/api/library?q=${encodeURIComponent('belediyelerin')}&lang=tr`)).json() as LibrarySearchResult;
    expect(tr.total).toBeGreaterThanOrEqual(1);
  });
});
