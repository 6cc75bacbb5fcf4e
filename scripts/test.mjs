// `npm test`: every test — unit and integration (PGlite, or PostgreSQL when DATABASE_URL is set) and
// the browser tests in Debian's Chromium (installed here with apt-get when missing and allowed).
// The two suites run side by side: Vitest keeps one core busy while the browser suite mostly waits
// (for pages, and for the whole-call walk's real deadlines), so together they take about as long as
// the browser suite alone. Each line says which suite wrote it; the exit code fails if either failed.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (fs.existsSync(chromium)) return;
  const root = process.getuid?.() === 0;
  if (!root || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(`The browser tests need Chromium at ${chromium}: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Installing Debian Chromium for the browser tests…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null', { stdio: 'inherit' });
}

// The last lines each suite wrote (the test server's log left out), printed again at the very end for a
// suite that failed: its failures and counts would otherwise sit far up, under the other suites' output.
const TAIL = 80;
const tails = new Map();
// eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters
const stripColour = (line) => line.replace(/\x1b\[[0-9;]*m/g, '');

/** Runs a suite with its output prefixed by its name; resolves to its exit code. */
function suite(name, args, env = {}) {
  const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1', ...env } });
  children.push(child);
  const tail = [];
  tails.set(name, tail);
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      console.log(`[${name}] ${line}`);
      if (line.startsWith('[WebServer]')) return;
      tail.push(line);
      if (tail.length > TAIL) tail.shift();
    });
  }
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

/** Busy share of all cores since the last call, from /proc/stat (Linux); null elsewhere. */
function cpuBusy() {
  let last = null;
  return () => {
    let fields;
    try { fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number); } catch { return null; }
    const idle = fields[3] + (fields[4] ?? 0);
    const total = fields.reduce((a, b) => a + b, 0);
    const prev = last;
    last = { idle, total };
    if (!prev || total === prev.total) return null;
    return 1 - (idle - prev.idle) / (total - prev.total);
  };
}

// Once a minute, how busy the machine was (CI): where the suites leave a core idle, they could overlap more.
const busy = cpuBusy();
busy();
const started = Date.now();
const sampler = setInterval(() => {
  const share = busy();
  if (share !== null) console.log(`[cpu] +${Math.round((Date.now() - started) / 1000)} s: ${(share * 100).toFixed(0)}% busy over the last minute`);
}, 60_000);
sampler.unref();

const children = [];
// Interrupted: stop both suites with everything they started (each leads its own process group).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const c of children) if (c.exitCode === null) try { process.kill(-c.pid, 'SIGTERM'); } catch { /* already gone */ }
    process.exit(130);
  });
}

ensureChromium();
// Built once before both suites start: each would otherwise build a missing or stale web app itself, at the same time.
execSync('node scripts/ensure-web-build.mjs', { stdio: 'inherit' });
// TEST_ALSO_PG (CI): a PostgreSQL URL on which the integration suite runs again as soon as the first
// Vitest run ends, beside the rest of the browser suite (which outlasts it), instead of after both.
const alsoPg = process.env.TEST_ALSO_PG;
const vitestRuns = suite('vitest', ['vitest', 'run']).then(async (code) => [code, alsoPg ? await suite('vitest-pg', ['vitest', 'run', '--project', 'node'], { DATABASE_URL: alsoPg }) : 0]);
const [[vitest, vitestPg], playwright] = await Promise.all([vitestRuns, suite('browser', ['playwright', 'test'])]);
for (const [name, code] of [['vitest', vitest], ['vitest-pg', vitestPg], ['browser', playwright]]) {
  const tail = tails.get(name) ?? [];
  // A test that passed only on its retry (the browser suite's "flaky") is shown too: it wants a fix.
  const flaky = tail.some((line) => /^\s*\d+ flaky/.test(stripColour(line)));
  if (code === 0 && !flaky) continue;
  console.log(`\n=== ${name} ${code === 0 ? 'passed with flaky tests' : `failed (exit ${code})`}; its last ${TAIL} lines:`);
  for (const line of tail) console.log(`[${name}] ${line}`);
}
console.log(`\nnpm test: Vitest exit ${vitest}${alsoPg ? `, Vitest on PostgreSQL exit ${vitestPg}` : ''}, browser suite exit ${playwright}`);
process.exit(vitest === 0 && vitestPg === 0 && playwright === 0 ? 0 : 1);
