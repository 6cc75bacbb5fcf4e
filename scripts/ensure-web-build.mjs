// Build the web app before `npm start` only when dist/web is missing or older than its sources,
// so later starts stay fast.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { precompress } from './precompress.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const built = path.join(root, 'dist/web/index.html');

function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

const sources = Math.max(newest(path.join(root, 'web')), newest(path.join(root, 'shared')));
if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < sources) {
  console.log('TwinBridge: building the web app…');
  // A production build whatever NODE_ENV the caller runs under: Vite builds React's development
  // bundle (128 KB gzipped instead of 60) when NODE_ENV says so, and a test run says "test".
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  await precompress(path.join(root, 'dist/web'));
}
