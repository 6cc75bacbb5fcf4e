// The first-visit budget of the web app: what the home page and a profile load in JavaScript (the entry
// with its modulepreloads, the active language's dictionary, the page's chunk and its static imports),
// gzipped, read from the build's manifest. CI builds before the tests (`npm run build`); run alone, the
// web app is built first when missing or older than its sources. Sizes only, no timings.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../server/platform/config';
import { FIRST_VISIT_BUDGET_BYTES, firstVisitBytes, firstVisitFiles, readManifest } from './bundle-size';

const WEB_DIR = path.join(PROJECT_DIR, 'dist/web');

beforeAll(() => {
  spawnSync(process.execPath, ['scripts/ensure-web-build.mjs'], { cwd: PROJECT_DIR, stdio: 'inherit' });
  if (!fs.existsSync(path.join(WEB_DIR, '.vite/manifest.json'))) spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: PROJECT_DIR, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}, 300_000);

describe('first visit to the web app', () => {
  for (const page of ['home', 'profile'] as const) {
    for (const lang of ['en', 'tr'] as const) {
      it(`stays within the guarded budget of gzipped JavaScript on the ${page} page (${lang})`, () => {
        const { total, files } = firstVisitBytes(WEB_DIR, page, lang);
        const largest = files.slice(0, 5).map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`);
        expect(total, `${(total / 1024).toFixed(1)} KB gzipped; largest: ${largest.join(', ')}`).toBeLessThanOrEqual(FIRST_VISIT_BUDGET_BYTES);
      });
    }
  }

  it('loads one language and only its core strings, and leaves zod, <Trans>, the map, the charts, the grant forms and the conflict sentences out of the home page', () => {
    const files = firstVisitFiles(readManifest(WEB_DIR), 'home', 'tr').map((f) => path.basename(f));
    expect(files.some((f) => f.startsWith('dictionary.tr-'))).toBe(true);
    expect(files.filter((f) => /^(dictionary\.en|pages\.|areas\.|conflicts\.|zod|MapPage|ResultsPage|GrantsRoutes|recharts|mapGeometry|Trans-)/.test(f))).toEqual([]);
  });

  it('leaves zod, the map and the dialogs out of a profile: the browser trusts the server-checked answers', () => {
    const files = firstVisitFiles(readManifest(WEB_DIR), 'profile', 'en').map((f) => path.basename(f));
    expect(files.filter((f) => /^(zod|mapGeometry|TwinMap|AppModal|floating-ui|conflicts\.|pages\.|areas\.)/.test(f))).toEqual([]);
  });
});
