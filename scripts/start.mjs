// `npm start`. With NODE_ENV=production: the compiled server from `npm run build` (dist/server), which
// needs only the runtime dependencies (no tsx, no vite). Otherwise, as on a fresh checkout: the web app
// is built when missing or older than its sources, and the TypeScript server runs through tsx. Both
// run in this process (no wrapper process: signals and the data folder's lock see the server itself).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

if (process.env.NODE_ENV === 'production') {
  const compiled = path.join(root, 'dist/server/main.js');
  const missing = [compiled, path.join(root, 'dist/web/index.html')].filter((f) => !fs.existsSync(f));
  if (missing.length) {
    console.error(`TwinBridge: no production build (${missing.map((f) => path.relative(root, f)).join(', ')} missing). Run \`npm run build\` first (it needs the dev dependencies); \`npm ci --omit=dev\` may follow it.`);
    process.exit(1);
  }
  process.setSourceMapsEnabled(true); // stack traces name the TypeScript sources
  await import(pathToFileURL(compiled).href);
} else {
  await import('./ensure-web-build.mjs');
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, 'server/main.ts')).href);
}
