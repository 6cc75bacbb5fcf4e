// npm run bench:web — Lighthouse 12.2.3 (mobile profile: a mid-range phone on a slow 4G line,
// simulated) in Debian's Chromium on the home page, the directory, İstanbul's profile and the twinning
// registry, on the full reference data: performance, accessibility and best-practices scores, LCP, TBT,
// CLS, and the JavaScript each page loaded (as sent, and gzipped from dist/web), beside the load
// average. Issue 16 aims at performance ≥ 90 and accessibility 100 (asserts nothing: the machine is
// shared). First the bundle table: every JavaScript chunk and the CSS with gzipped sizes, and what a
// first visit to each page loads (scripts/bundle-size.ts); `--sizes` prints only that, without a server.
// The web app is built when missing or older than its sources. BASE_URL targets a running server;
// else one is started on BENCH_PORT (default 4113) with its data in BENCH_DATA_DIR (kept between runs,
// so only the first loads the reference data) or a fresh temporary folder. CHROME_PATH overrides
// /usr/bin/chromium; BENCH_PAGES=home,profile picks pages; BENCH_REPORT_DIR keeps each page's Lighthouse report (JSON).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { PROJECT_DIR } from '../server/platform/config';
import { FIRST_VISIT_AIM_BYTES, FIRST_VISIT_BUDGET_BYTES, firstVisitBytes, gzipBytes, PAGES, type PageName } from '../scripts/bundle-size';
import { openTarget } from './target';

const WEB_DIR = path.join(PROJECT_DIR, 'dist/web');
const URLS: Record<PageName, string> = { home: '/', directory: '/authorities', profile: '/authorities/TR-BSB-34', registry: '/twinnings' };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/** Build the web app when it is missing or stale, and when a build from before the manifest lacks one. */
function ensureBuild(): void {
  spawnSync(process.execPath, ['scripts/ensure-web-build.mjs'], { cwd: PROJECT_DIR, stdio: 'inherit' });
  if (!fs.existsSync(path.join(WEB_DIR, '.vite/manifest.json'))) spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: PROJECT_DIR, stdio: 'inherit' });
}

function printSizes(): void {
  const assets = path.join(WEB_DIR, 'assets');
  const files = fs
    .readdirSync(assets)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => ({ f, raw: fs.statSync(path.join(assets, f)).size, gz: gzipBytes(path.join(assets, f)) }))
    .sort((a, b) => b.gz - a.gz);
  const sum = (ext: string, key: 'raw' | 'gz') => files.filter((x) => x.f.endsWith(ext)).reduce((s, x) => s + x[key], 0);
  console.log(`\nbuild (dist/web/assets), ${files.length} files: JS ${kb(sum('.js', 'raw'))} (${kb(sum('.js', 'gz'))} gzipped), CSS ${kb(sum('.css', 'raw'))} (${kb(sum('.css', 'gz'))} gzipped)`);
  console.log('largest 20:');
  for (const x of files.slice(0, 20)) console.log(`  ${x.f.padEnd(44)} ${kb(x.raw).padStart(10)} ${kb(x.gz).padStart(10)} gz`);
  console.log(`\nfirst visit, gzipped JavaScript (home and profile: aim ${kb(FIRST_VISIT_AIM_BYTES)}, guarded at ${kb(FIRST_VISIT_BUDGET_BYTES)}; load ${load()}):`);
  for (const page of Object.keys(PAGES) as PageName[]) {
    const en = firstVisitBytes(WEB_DIR, page, 'en');
    const tr = firstVisitBytes(WEB_DIR, page, 'tr');
    const top = en.files.slice(0, 6).map((f) => `${path.basename(f.file).replace(/-[\w-]{8}\.js$/, '')} ${kb(f.gzip)}`);
    console.log(`  ${page.padEnd(10)} en ${kb(en.total).padStart(9)}  tr ${kb(tr.total).padStart(9)}  ${en.files.length} files: ${top.join(', ')}, …`);
  }
}

interface Row {
  page: PageName;
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsSent: number;
  jsGzip: number;
  load: string;
}

/** One Lighthouse run (mobile is its default profile) in a Chromium of its own. */
async function audit(base: string, page: PageName): Promise<Row> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox'] });
  try {
    const result = await lighthouse(`${base}${URLS[page]}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    if (!result) throw new Error(`Lighthouse gave no result for ${page}`);
    if (process.env.BENCH_REPORT_DIR) fs.writeFileSync(path.join(process.env.BENCH_REPORT_DIR, `lighthouse-${page}.json`), JSON.stringify(result.lhr));
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.numericValue ?? NaN;
    const requests = (audits['network-requests']?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
    const scripts = requests.filter((r) => r.resourceType === 'Script');
    const localGzip = (url: string) => {
      const file = path.join(WEB_DIR, new URL(url).pathname);
      return fs.existsSync(file) ? gzipBytes(file) : 0;
    };
    return {
      page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      jsSent: scripts.reduce((s, r) => s + (r.transferSize ?? 0), 0),
      jsGzip: scripts.reduce((s, r) => s + localGzip(r.url), 0),
      load: load(),
    };
  } finally {
    await chrome.kill();
  }
}

ensureBuild();
printSizes();
if (!process.argv.includes('--sizes')) {
  const pages = (process.env.BENCH_PAGES?.split(',') ?? Object.keys(PAGES)) as PageName[];
  const target = await openTarget(4113);
  console.log(`\nLighthouse 12.2.3, mobile profile, on ${target.url} (${target.label}); ${os.cpus().length} cores, load ${load()}`);
  console.log('page        perf  a11y  best   FCP (s)  LCP (s)  TBT (ms)    CLS   JS sent   JS gzip   load (1/5/15 min)');
  try {
    for (const page of pages) {
      const r = await audit(target.url, page);
      console.log(
        `${r.page.padEnd(10)} ${String(r.performance).padStart(5)} ${String(r.accessibility).padStart(5)} ${String(r.bestPractices).padStart(5)} ${(r.fcpMs / 1000).toFixed(2).padStart(8)} ${(r.lcpMs / 1000).toFixed(2).padStart(8)} ${r.tbtMs.toFixed(0).padStart(9)} ${r.cls.toFixed(3).padStart(6)} ${kb(r.jsSent).padStart(9)} ${kb(r.jsGzip).padStart(9)}   ${r.load}`,
      );
    }
  } finally {
    await target.stop();
  }
}
