import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { PROJECT_DIR } from '../../platform/config';
import { testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { seedDemoProgramme } from '../grants/demo/grants.demo';
import { demoPeople, officerOf } from '../grants/applications/grants.applications.testkit';
import { twinningTarget } from '../comments/comments.testkit';
import { opened } from '../participation/participation.testkit';
import { written } from './news.testkit';
import { sharePage } from './news.share.rules';

// The web app's pages served with their share tags: a copy of the source index.html stands in for the build.
let t: TestApp;
let web: FastifyInstance;
let webDir: string;
const pages: Record<string, string> = {};

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  await seedDemoProgramme(t.ctx);
  const p = await demoPeople(t);
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-web-'));
  fs.copyFileSync(path.join(PROJECT_DIR, 'web/index.html'), path.join(webDir, 'index.html'));
  web = await buildApp(t.ctx, { serveWeb: true, webDir });
  const project = ((await web.inject('/api/projects')).json().items as { id: string }[])[0]!;
  const consultation = await opened(p.manager, { title: { en: 'Riverside park & "trees"', tr: 'Nehir kıyısı parkı' } });
  const post = await written(p.manager, { titleEn: 'Köln & İzmir sign "green" <pact>', titleTr: 'Köln ve İzmir "yeşil" <anlaşma> imzaladı', summaryEn: 'A pact on trees & parks.', coverImage: '/og-image.png' });
  Object.assign(pages, {
    home: '/',
    authority: '/authorities/TR-BSB-34',
    twinning: `/twinnings/${(await twinningTarget(p.koln, 'TR-BSB-06', await officerOf(t, p.admin, 'ankara.share@example.org', 'TR-BSB-06'))).split(':')[1]}`,
    project: `/grants/projects/${project.id}`,
    consultation: `/consultations/${consultation.id}`,
    newsPost: `/news/${post.id}`,
    openData: '/open-data',
    news: '/news',
  });
});
afterAll(async () => {
  await web.close();
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

/** The content of a meta tag by property or name, as the HTML has it (still escaped). */
const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
const html = async (url: string, lang = 'en') => {
  const res = await web.inject({ url, headers: { 'accept-language': lang } });
  expect(res.statusCode, url).toBe(200);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  return res.body;
};

describe('share tags on public pages', () => {
  it('gives every kind of public page its own og:title, og:description, image and twitter card', async () => {
    const titles = new Set<string>();
    for (const [kind, url] of Object.entries(pages)) {
      const body = await html(url);
      expect(sharePage(url).kind, url).toBe(kind);
      const title = meta(body, 'og:title');
      expect(title, kind).toBeTruthy();
      expect(meta(body, 'og:description')!.length, kind).toBeGreaterThan(10);
      expect(meta(body, 'twitter:card'), kind).toBe('summary_large_image');
      expect(meta(body, 'og:image'), kind).toMatch(/^http.*\/og-image\.png$/);
      expect(meta(body, 'og:url'), kind).toBe(`${t.ctx.config.publicUrl}${url}`);
      expect(body.match(/<title>/g), kind).toHaveLength(1);
      expect(body.match(/name="description"/g), kind).toHaveLength(1);
      titles.add(title!);
    }
    expect(titles.size).toBe(Object.keys(pages).length);
    expect(meta(await html(pages.authority!), 'og:title')).toContain('İstanbul');
    expect(meta(await html(pages.consultation!), 'og:title')).toBe('Riverside park &amp; &quot;trees&quot; — TwinBridge');
  });

  it('escapes quotes, < and & in titles and descriptions, and speaks Turkish to a Turkish browser', async () => {
    const en = await html(pages.newsPost!);
    expect(meta(en, 'og:title')).toBe('Köln &amp; İzmir sign &quot;green&quot; &lt;pact&gt; — TwinBridge');
    expect(meta(en, 'og:description')).toBe('A pact on trees &amp; parks.');
    expect(meta(en, 'og:type')).toBe('article');
    expect(en).toContain('<title>Köln &amp; İzmir sign &quot;green&quot; &lt;pact&gt; — TwinBridge</title>');
    expect(en).not.toContain('<pact>');
    const tr = await html(pages.newsPost!, 'tr-TR,tr;q=0.9,en;q=0.5');
    expect(meta(tr, 'og:title')).toBe('Köln ve İzmir &quot;yeşil&quot; &lt;anlaşma&gt; imzaladı — TwinBridge');
    expect(meta(tr, 'og:locale')).toBe('tr_TR');
  });

  it('gives the site tags to pages that are missing, private or unknown, and links the Atom feeds in the head', async () => {
    const site = meta(await html('/'), 'og:title');
    for (const url of ['/news/00000000-0000-4000-8000-000000000009', '/authorities/NOPE-1', '/somewhere/else', '/grants/projects/00000000-0000-4000-8000-000000000009']) {
      expect(meta(await html(url), 'og:title'), url).toBe(site);
    }
    const head = await html('/news');
    expect(head).toContain('<link rel="alternate" type="application/atom+xml" hreflang="tr" title="TwinBridge — Haberler" href="/api/feed.atom?lang=tr" />');
    expect(head).toContain('<link rel="alternate" type="application/atom+xml" hreflang="en" title="TwinBridge — News" href="/api/feed.atom?lang=en" />');
  });
});
