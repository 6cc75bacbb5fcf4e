import { describe, expect, it } from 'vitest';
import type { NewsPost } from '../../../shared/news';
import { atomFeed, feedId, xmlText } from './news.feed';
import { xmlErrors, xpath } from './news.testkit';

const post = (over: Partial<NewsPost>): NewsPost => ({
  id: '5b0c6a4e-1f9e-4c1e-9a57-0a4f3f0f2b11', titleTr: 'Başlık', titleEn: 'Title', summaryTr: 'Özet', summaryEn: 'Summary', bodyTr: 'Metin', bodyEn: 'Body',
  themes: ['energy'], coverImage: null, status: 'published', demo: false, authorName: 'Programme Manager',
  createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-02T10:00:00.000Z', publishedAt: '2026-03-02T10:00:00.000Z', canEdit: false, ...over,
});
const BASE = 'https://twinbridge.example.org';
const EMPTY = '2026-01-01T00:00:00.000Z';

describe('the Atom feed builder', () => {
  it('writes the feed metadata RFC 4287 requires: id, title, updated, self link, author', async () => {
    const xml = atomFeed({ lang: 'tr', baseUrl: BASE, posts: [], emptyUpdated: EMPTY });
    expect(await xmlErrors(xml)).toEqual([]);
    expect(await xpath(xml, 'string(/a:feed/a:id)')).toBe('tag:twinbridge.example.org,2026:news:tr');
    expect(await xpath(xml, 'string(/a:feed/a:title)')).toBe('TwinBridge — Haberler');
    expect(await xpath(xml, 'string(/a:feed/a:updated)')).toBe(EMPTY);
    expect(await xpath(xml, "string(/a:feed/a:link[@rel='self']/@href)")).toBe(`${BASE}/api/feed.atom?lang=tr`);
    expect(await xpath(xml, 'string(/a:feed/a:author/a:name)')).toBe('TwinBridge');
    expect(await xpath(xml, 'count(/a:feed/a:entry)')).toBe('0');
    expect(feedId(BASE, 'en')).not.toBe(feedId(BASE, 'tr'));
  });

  it('writes one entry per post in order, in the language asked, with a urn:uuid id, link to its page and author', async () => {
    const older = post({ id: '00000000-0000-4000-8000-000000000001', titleEn: 'Older', updatedAt: '2026-02-01T00:00:00.000Z' });
    const xml = atomFeed({ lang: 'en', baseUrl: BASE, posts: [post({}), older], emptyUpdated: EMPTY });
    expect(await xmlErrors(xml)).toEqual([]);
    expect(await xpath(xml, 'count(/a:feed/a:entry)')).toBe('2');
    expect(await xpath(xml, 'string(/a:feed/a:entry[1]/a:id)')).toBe('urn:uuid:5b0c6a4e-1f9e-4c1e-9a57-0a4f3f0f2b11');
    expect(await xpath(xml, 'string(/a:feed/a:entry[1]/a:title)')).toBe('Title');
    expect(await xpath(xml, 'string(/a:feed/a:entry[1]/a:summary)')).toBe('Summary');
    expect(await xpath(xml, 'string(/a:feed/a:entry[1]/a:author/a:name)')).toBe('Programme Manager');
    expect(await xpath(xml, "string(/a:feed/a:entry[1]/a:link[@rel='alternate']/@href)")).toBe(`${BASE}/news/5b0c6a4e-1f9e-4c1e-9a57-0a4f3f0f2b11`);
    expect(await xpath(xml, 'string(/a:feed/a:entry[2]/a:title)')).toBe('Older');
    // The feed changed when its latest entry did.
    expect(await xpath(xml, 'string(/a:feed/a:updated)')).toBe('2026-03-02T10:00:00.000Z');
    // Every entry has what RFC 4287 requires of it.
    for (const el of ['id', 'title', 'updated']) expect(await xpath(xml, `count(/a:feed/a:entry[not(a:${el})])`)).toBe('0');
  });

  it('escapes markup, quotes and ampersands in every text and drops characters XML forbids', async () => {
    const nasty = 'Köln & İzmir: "<b>bold</b>" isn\'t ]]> \u0001';
    const xml = atomFeed({ lang: 'en', baseUrl: BASE, posts: [post({ titleEn: nasty, summaryEn: nasty, authorName: '<script>x</script>', themes: ['a"b'] })], emptyUpdated: EMPTY });
    expect(await xmlErrors(xml)).toEqual([]);
    const clean = 'Köln & İzmir: "<b>bold</b>" isn\'t ]]> ';
    expect(await xpath(xml, 'string(/a:feed/a:entry/a:title)')).toBe(clean);
    expect(await xpath(xml, 'string(/a:feed/a:entry/a:summary)')).toBe(clean);
    expect(await xpath(xml, 'string(/a:feed/a:entry/a:author/a:name)')).toBe('<script>x</script>');
    expect(await xpath(xml, 'string(/a:feed/a:entry/a:category/@term)')).toBe('a"b');
    expect(xml).not.toContain('<b>');
    expect(xmlText('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });
});
