import { describe, expect, it } from 'vitest';
import { Agent, refusal } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { fieldCodes } from '../grants/applications/grants.applications.testkit';
import type { NewsPost } from '../../../shared/news';
import { seedDemoNews } from './news.demo';
import { postInput, written, xmlErrors, xpath } from './news.testkit';

const world = withDemoPeople();

const titles = async (who: Agent, query = '') => ((await who.request('GET', `/api/news${query}`)).json().items as NewsPost[]).map((n) => n.titleEn);

describe('writing and publishing news', () => {
  it('lets a manager write a draft that only managers and admins see until it is published, then everyone reads it', async () => {
    const draft = await written(world.p.manager, { titleEn: 'Draft first' }, false);
    expect(draft).toMatchObject({ status: 'draft', publishedAt: null, demo: false, canEdit: true, authorName: expect.any(String) });
    expect(await titles(world.anonymous)).not.toContain('Draft first');
    expect(refusal(await world.anonymous.request('GET', `/api/news/${draft.id}`))).toBe('404 not_found');
    expect(refusal(await world.p.istanbul.request('GET', `/api/news/${draft.id}`))).toBe('404 not_found');
    expect((await world.p.admin.request('GET', `/api/news/${draft.id}`)).statusCode).toBe(200);
    expect(await titles(world.p.admin, '?status=draft')).toContain('Draft first');

    const published = (await world.p.admin.request('POST', `/api/news/${draft.id}/publish`)).json() as NewsPost;
    expect(published.status).toBe('published');
    expect(Date.parse(published.publishedAt!)).toBeGreaterThan(Date.now() - 60_000);
    const read = (await world.anonymous.request('GET', `/api/news/${draft.id}`)).json() as NewsPost;
    expect(read).toMatchObject({ titleEn: 'Draft first', titleTr: 'Yeni kardeş şehir anlaşması', themes: ['environment'], canEdit: false });
    expect(await titles(world.anonymous)).toContain('Draft first');
    expect(refusal(await world.p.manager.request('POST', `/api/news/${draft.id}/publish`))).toBe('409 news_already_published');
  });

  it('refuses officers, assessors, citizens and the signed-out on every write and on drafts, changing nothing', async () => {
    const post = await written(world.p.manager, { titleEn: 'Kept as written' });
    for (const who of [world.p.istanbul, world.p.koln, world.p.assessor, world.p.citizen]) {
      expect(refusal(await who.request('POST', '/api/news', postInput()))).toBe('403 forbidden');
      expect(refusal(await who.request('PUT', `/api/news/${post.id}`, postInput({ titleEn: 'Hijacked' })))).toBe('403 forbidden');
      expect(refusal(await who.request('POST', `/api/news/${post.id}/publish`))).toBe('403 forbidden');
      expect(refusal(await who.request('GET', '/api/news?status=draft'))).toBe('403 forbidden');
    }
    expect(refusal(await world.anonymous.request('POST', '/api/news', postInput()))).toBe('401 unauthorized');
    expect(refusal(await world.anonymous.request('PUT', `/api/news/${post.id}`, postInput()))).toBe('401 unauthorized');
    expect(refusal(await world.anonymous.request('POST', `/api/news/${post.id}/publish`))).toBe('401 unauthorized');
    expect((await world.anonymous.request('GET', `/api/news/${post.id}`)).json().titleEn).toBe('Kept as written');
  });

  it('edits a published post in place', async () => {
    const post = await written(world.p.manager, { titleEn: 'Before the edit' });
    const res = await world.p.admin.request('PUT', `/api/news/${post.id}`, postInput({ titleEn: 'After the edit', themes: ['energy', 'culture'], coverImage: '/og-image.png' }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ titleEn: 'After the edit', status: 'published', publishedAt: post.publishedAt, themes: ['energy', 'culture'], coverImage: '/og-image.png' });
  });

  it('answers bad input with a 400 naming the fields, and an unknown post with a 404', async () => {
    const bad = await world.p.manager.request('POST', '/api/news', { ...postInput(), titleEn: '', themes: ['not_a_theme'], coverImage: 'https://elsewhere.example/x.png' });
    expect(bad.statusCode).toBe(400);
    expect(fieldCodes(bad).map((f) => f.split(':')[0])).toEqual(expect.arrayContaining(['titleEn', 'themes.0', 'coverImage']));
    expect((await world.p.manager.request('POST', '/api/news', { titleEn: 'Only English' })).statusCode).toBe(400);
    expect(refusal(await world.anonymous.request('GET', '/api/news/00000000-0000-4000-8000-000000000009'))).toBe('404 not_found');
    expect((await world.anonymous.request('GET', '/api/news/not-a-uuid')).statusCode).toBe(400);
    expect(refusal(await world.p.manager.request('PUT', '/api/news/00000000-0000-4000-8000-000000000009', postInput()))).toBe('404 not_found');
    expect((await world.anonymous.request('GET', '/api/news?limit=500')).statusCode).toBe(400);
  });

  it('lists published posts newest first, with paging and the total', async () => {
    const before = (await world.anonymous.request('GET', '/api/news')).json().total as number;
    for (const n of [1, 2, 3]) await written(world.p.manager, { titleEn: `Paged ${n}` });
    const first = (await world.anonymous.request('GET', '/api/news?limit=2')).json();
    expect(first.total).toBe(before + 3);
    expect(first.items.map((n: NewsPost) => n.titleEn)).toEqual(['Paged 3', 'Paged 2']);
    expect(await titles(world.anonymous, '?limit=1&offset=2')).toEqual(['Paged 1']);
  });
});

describe('the Atom feed', () => {
  it('lists published posts per language, newest first, well-formed, with the right content type; drafts are left out', async () => {
    await written(world.p.manager, { titleEn: 'Feed <first> & "quoted"', titleTr: 'Akış: İzmir & Köln' });
    await written(world.p.manager, { titleEn: 'Never published' }, false);
    for (const lang of ['en', 'tr'] as const) {
      const res = await world.anonymous.request('GET', `/api/feed.atom?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
      expect(await xmlErrors(res.body)).toEqual([]);
      expect(await xpath(res.body, 'string(/a:feed/@xml:lang)')).toBe(lang);
      expect(await xpath(res.body, 'string(/a:feed/a:entry[1]/a:title)')).toBe(lang === 'en' ? 'Feed <first> & "quoted"' : 'Akış: İzmir & Köln');
      expect(res.body).not.toContain('Never published');
      expect(await xpath(res.body, "starts-with(/a:feed/a:entry[1]/a:id, 'urn:uuid:')")).toBe('true');
    }
    expect((await world.anonymous.request('GET', '/api/feed.atom?lang=de')).statusCode).toBe(400);
  });
});

describe('the demo posts', () => {
  it('are seeded once, published and marked as demo, and shown only in demo mode', async () => {
    expect(await seedDemoNews(world.t.ctx)).toBe(true);
    expect(await seedDemoNews(world.t.ctx)).toBe(false);
    const hidden = (await world.anonymous.request('GET', '/api/news?limit=50')).json().items as NewsPost[];
    expect(hidden.some((n) => n.demo)).toBe(false);
    world.t.ctx.config.demo = true;
    const shown = (await world.anonymous.request('GET', '/api/news?limit=50')).json().items as NewsPost[];
    expect(shown.filter((n) => n.demo).map((n) => n.titleEn)).toHaveLength(3);
    expect(shown.filter((n) => n.demo).every((n) => n.titleEn.includes('(demo)') && n.titleTr.includes('(demo)'))).toBe(true);
    world.t.ctx.config.demo = false;
  });
});
