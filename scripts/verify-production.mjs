// `npm run verify:production`: proves the production build runs with only the runtime dependencies.
// After `npm run build`, it copies what a deployment holds (package.json, the lock file, dist/, the
// migrations, the fonts, scripts/start.mjs) into a temporary folder, runs `npm ci --omit=dev` there
// (from npm's cache when it has the packages, else the registry; `-- --offline` forbids the network),
// checks that no package only the tools or the web app need came along, starts `NODE_ENV=production npm start` on a fresh data
// folder with the small test directory, and expects /api/health and the web app to answer 200 and
// SIGTERM to stop it cleanly. Prints the install and start-up times with the load average.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const offline = process.argv.includes('--offline');
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const fail = (message) => {
  console.error(`verify:production: ${message}`);
  process.exitCode = 1;
};

for (const built of ['dist/server/main.js', 'dist/web/index.html']) {
  if (!fs.existsSync(path.join(root, built))) {
    console.error(`verify:production: ${built} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-production-'));
const copy = (from, to = from) => fs.cpSync(path.join(root, from), path.join(dir, to), { recursive: true });
['package.json', 'package-lock.json', 'dist', 'server/db/migrations', 'data/fonts', 'scripts/start.mjs'].forEach((p) => copy(p));
copy('server/test/fixtures', 'reference');

try {
  let t = performance.now();
  const npmArgs = ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', offline ? '--offline' : '--prefer-offline'];
  execFileSync('npm', npmArgs, { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
  const mb = (folderBytes(path.join(dir, 'node_modules')) / 1024 / 1024).toFixed(0);
  console.log(`verify:production: npm ${npmArgs.join(' ')} in ${((performance.now() - t) / 1000).toFixed(1)} s, node_modules ${mb} MB (load ${load()})`);

  // A devDependency that a runtime package also needs (@types/node, say) rightly stays; those only the tools and the web app need go.
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const devOnly = Object.keys(lock.packages[''].devDependencies).filter((name) => lock.packages[`node_modules/${name}`]?.dev);
  const present = devOnly.filter((name) => fs.existsSync(path.join(dir, 'node_modules', name)));
  if (present.length) fail(`dev dependencies installed with --omit=dev: ${present.join(', ')}`);

  const port = await freePort();
  t = performance.now();
  const env = { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: path.join(dir, 'state'), REFERENCE_DIR: path.join(dir, 'reference'), DATABASE_URL: '', LOG_LEVEL: 'warn' };
  // In a process group of its own: npm does not pass SIGTERM on to the server, so the stop signals the group.
  const server = spawn('npm', ['start'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  server.stdout.on('data', (d) => (out += d));
  server.stderr.on('data', (d) => (out += d));
  // Closed once every process of the group holding the pipes (npm, the shell, the server) has ended.
  const exited = new Promise((resolve) => server.once('close', resolve));
  const ready = await Promise.race([waitFor(() => out.includes('TwinBridge ready'), 300_000), exited.then(() => false)]);
  if (!ready) {
    if (server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
    fail(`the compiled server did not start:\n${out}`);
  } else {
    console.log(`verify:production: NODE_ENV=production npm start ready in ${((performance.now() - t) / 1000).toFixed(1)} s, first start on the test directory (load ${load()})`);
    for (const url of ['/api/health', '/', '/api/authorities?q=izmir']) {
      const res = await fetch(`http://127.0.0.1:${port}${url}`);
      if (res.status === 200) console.log(`verify:production: GET ${url} 200`);
      else fail(`GET ${url} answered ${res.status}: ${await res.text()}`);
    }
    process.kill(-server.pid, 'SIGTERM');
    await exited;
    const clean = out.includes('TwinBridge: SIGTERM, shutting down') && !fs.existsSync(path.join(env.DATA_DIR, 'db.lock'));
    if (!clean) fail(`the server did not shut down cleanly on SIGTERM (the database lock is left):\n${out}`);
  }
  if (!process.exitCode) console.log('verify:production: the compiled server runs with only the runtime dependencies.');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Total size of the files under a folder. */
function folderBytes(folder) {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true }).reduce((sum, e) => (e.isFile() ? sum + fs.statSync(path.join(e.parentPath, e.name)).size : sum), 0);
}

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves true once `check()` holds, false after `ms`. */
function waitFor(check, ms) {
  const until = Date.now() + ms;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (check() || Date.now() > until) {
        clearInterval(timer);
        resolve(check());
      }
    }, 200);
  });
}
