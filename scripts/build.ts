// `npm run build`: the production build. The server is compiled into dist/server (scripts/build.server.ts)
// and the web app into dist/web (vite); `NODE_ENV=production npm start` then runs the compiled server,
// which needs only the runtime dependencies (`npm ci --omit=dev` after this build). Prints what it made.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildServer, buildTools, ROOT } from './build.server';
import { precompress } from './precompress.mjs';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/** Total size of the files under a folder. */
function folderBytes(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).reduce((sum, e) => (e.isFile() ? sum + fs.statSync(path.join(e.parentPath, e.name)).size : sum), 0);
}

const t0 = performance.now();
const outdir = path.join(ROOT, 'dist/server');
fs.rmSync(outdir, { recursive: true, force: true });
const server = await buildServer(outdir);
await buildTools(outdir); // npm run db:backup / db:restore without tsx
const t1 = performance.now();
console.log(`TwinBridge: server compiled into ${path.relative(ROOT, server.entry)} (${kb(server.bytes)}, ${server.packages.length} packages imported at run time) in ${((t1 - t0) / 1000).toFixed(1)} s`);

// Always a production build: Vite follows NODE_ENV, and a shell's NODE_ENV=development would ship React's development bundle.
execSync('npx vite build --logLevel warn', { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
const packed = await precompress(path.join(ROOT, 'dist/web'));
const t2 = performance.now();
console.log(`TwinBridge: web app built into dist/web (${kb(folderBytes(path.join(ROOT, 'dist/web')))} with ${packed.files} files pre-compressed: ${kb(packed.before)} → ${kb(packed.after)} brotli) in ${((t2 - t1) / 1000).toFixed(1)} s`);
console.log(`TwinBridge: build done in ${((t2 - t0) / 1000).toFixed(1)} s (load average ${load()} on ${os.cpus().length} cores). Run it with NODE_ENV=production npm start.`);
