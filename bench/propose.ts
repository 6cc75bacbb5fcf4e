// npx tsx bench/propose.ts — server time of proposing a twinning (POST /api/twinnings, issue 15 item 9)
// on the full reference data (every authority, ~32,000 loaded twinnings) in an in-memory PGlite, through
// app.inject (no network). Each proposal goes from the Istanbul demo officer to a different EU authority.
// Also times one rebuild of the matching graph, which proposing used to wait for inside the request.
// Prints figures with the load average; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/app';
import { createContext } from '../server/context';
import { seedDemoAccounts } from '../server/domains/accounts/accounts.demo';
import { DEMO_PASSWORD } from '../server/domains/accounts/accounts.demo.list';
import { prepareReference } from '../server/domains/reference/reference.service';
import { loadConfig, PROJECT_DIR } from '../server/platform/config';
import { openDatabase } from '../server/platform/db';
import { percentile, rng } from './lib';

const N = Number(process.env.BENCH_N ?? 30);
const referenceDir = path.join(PROJECT_DIR, 'data');

let t0 = performance.now();
const database = await openDatabase({});
const { directory } = await prepareReference(database.db, referenceDir);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-bench-'));
const ctx = await createContext(database.db, { ...loadConfig({}), referenceDir, dataDir, demo: false }, directory);
const app = await buildApp(ctx);
await seedDemoAccounts(ctx.db, directory);
console.log(`reference data loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

t0 = performance.now();
await ctx.matching.rebuild(ctx.db);
const rebuilds: number[] = [];
for (let i = 0; i < 5; i++) {
  t0 = performance.now();
  await ctx.matching.rebuild(ctx.db);
  rebuilds.push(performance.now() - t0);
}
rebuilds.sort((a, b) => a - b);

// Sign in as the Istanbul officer (cookie and CSRF token by hand: the harness's Agent is test code).
const signIn = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email: 'istanbul@twinbridge.demo', password: DEMO_PASSWORD } });
if (signIn.statusCode !== 200) throw new Error(`sign-in: ${signIn.statusCode} ${signIn.body}`);
const cookie = `tb_session=${signIn.cookies.find((c) => c.name === 'tb_session')!.value}`;
const headers = { cookie, 'x-csrf-token': (signIn.json() as { csrfToken: string }).csrfToken };

const random = rng(20261206);
const eu = directory.all().filter((a) => a.country !== 'TR');
const partners = new Set<string>();
while (partners.size < N) partners.add(eu[Math.floor(random() * eu.length)]!.code);

const times: number[] = [];
for (const partnerCode of partners) {
  t0 = performance.now();
  const res = await app.inject({ method: 'POST', url: '/api/twinnings', headers, payload: { partnerCode } });
  times.push(performance.now() - t0);
  if (res.statusCode !== 201) throw new Error(`propose to ${partnerCode}: ${res.statusCode} ${res.body}`);
}
times.sort((a, b) => a - b);
const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(`matching graph rebuild (${directory.all().length} authorities): median ${ms(percentile(rebuilds, 50))}, max ${ms(rebuilds.at(-1)!)}`);
console.log(`POST /api/twinnings ×${N}: median ${ms(percentile(times, 50))}, p90 ${ms(percentile(times, 90))}, max ${ms(times.at(-1)!)}`);
console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${os.cpus().length} cores`);
await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });
