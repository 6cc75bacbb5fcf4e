import cluster from 'node:cluster';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { MatchStats } from '../shared/twinnings';
import { localChanges, pgChanges } from './platform/changes';
import { appProcessCount, reportReady, superviseWorkers } from './platform/cluster';
import { localExclusive, pgExclusive, skipped } from './platform/cluster.lock';
import { type Config, loadConfig } from './platform/config';
import { openDatabase } from './platform/db';

/**
 * Process entry. One app process (the embedded database, or APP_PROCESSES=1): it prepares and serves.
 * Several (PostgreSQL): this primary prepares the database once (migrations, first-start reference
 * load, start-up work), then forks the app processes, which only read what is prepared and serve.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const count = appProcessCount(process.env, os.availableParallelism(), config.databaseUrl !== undefined);
  if (cluster.isWorker) return serve(config, 'worker');
  if (count === 1) return serve(config, 'alone');
  const { database, ctx } = await prepare(config);
  // This process only supervises from here on: nothing of it may use the database it closes.
  await ctx.mail.stop();
  await database.close();
  superviseWorkers(count, () => console.log(`TwinBridge ready at ${config.publicUrl} in ${(performance.now() / 1000).toFixed(1)} s (${count} app processes)`));
}

type Role = 'alone' | 'worker';

/**
 * Open the database, load the reference data on first start, build the in-memory directory, and
 * (unless a worker, whose primary did) run the start-up work: under a lock on PostgreSQL, so primaries
 * on several machines starting at once take turns, and the later ones find the work done.
 */
async function prepare(config: Config, role: Role | 'primary' = 'primary') {
  const opening = openDatabase(config.databaseUrl ? { url: config.databaseUrl, poolSize: config.pgPoolSize } : { dir: path.join(config.dataDir, 'db') });
  // The rest of the server's modules load while the database opens: PGlite starts on this thread,
  // but tsx reads and compiles modules on its loader thread, so the two overlap instead of queueing.
  const reference = import('./domains/reference/reference.service');
  const modules = Promise.all([import('./context'), import('./startup'), import('./app')]);
  for (const pending of [reference, modules]) pending.catch(() => {}); // awaited below: a failure is reported there
  const database = await opening;
  const { prepareReference } = await reference;
  const [{ createContext }, { periodicJobs, startupHooks }, { buildApp }] = await modules;
  const shared = database.kind === 'postgres';
  const peers = { changes: shared && role !== 'primary' ? await pgChanges(config.databaseUrl!) : localChanges(), exclusive: shared ? pgExclusive(database.db) : localExclusive() };
  const quiet = role === 'worker';
  if (!quiet) console.log(`TwinBridge: database ${shared ? 'PostgreSQL' : `PGlite in ${path.join(config.dataDir, 'db')}`}`);
  const startUp = async () => {
    const cacheDir = shared ? undefined : path.join(config.dataDir, 'cache');
    const ref = await prepareReference(database.db, config.referenceDir, quiet ? () => {} : progressPrinter(), cacheDir);
    if (ref.authoritiesLoaded) console.log(`\nTwinBridge: loaded ${ref.authoritiesLoaded.toLocaleString('en')} authorities`);
    if (ref.twinningStats) printMatchStats(ref.twinningStats);
    const ctx = await createContext(database.db, config, ref.directory, peers);
    if (role !== 'worker') for (const hook of startupHooks) await hook(ctx);
    return ctx;
  };
  const ctx = role === 'worker' ? await startUp() : await peers.exclusive('start-up', startUp, { wait: true });
  if (ctx === skipped) throw new Error('start-up lock not taken'); // a waiting lock is always taken
  return { database, ctx, periodicJobs, buildApp, peers };
}

/** Serve requests until a signal asks to stop; periodic jobs run in one process at a time across all. */
async function serve(config: Config, role: Role): Promise<void> {
  const { database, ctx, periodicJobs, buildApp, peers } = await prepare(config, role);
  const app = await buildApp(ctx, { logger: { level: config.logLevel }, serveWeb: true });
  const idle = firstIdle(app.server);
  let timers: ReturnType<typeof setInterval>[] = [];
  // Before "ready" is printed: a supervisor that stops the process as soon as it reads that line gets a clean stop.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (role === 'alone') console.log(`TwinBridge: ${signal}, shutting down`);
    timers.forEach(clearInterval);
    await ctx.mail.stop();
    await app.close();
    await peers.changes.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  // Since the process started, module loading included.
  if (role === 'alone') console.log(`TwinBridge ready at ${config.publicUrl} in ${(performance.now() / 1000).toFixed(1)} s (${ctx.directory.size.toLocaleString('en')} authorities)`);
  reportReady();

  // Work no request waits for (the matching graph, a first run of each job) holds the one thread
  // for a second or so: it starts once the server is idle, not on top of the first requests. The jobs'
  // first runs follow the graph: its build holds the thread for seconds on a large directory, and a
  // database connection a job was opening meanwhile would time out.
  const runs = periodicJobs.map((job) => () => void ctx.exclusive(`job:${job.name}`, () => job.run(ctx)).catch((err: unknown) => app.log.error({ err }, `${job.name} failed`)));
  timers = runs.map((run, k) => setInterval(run, periodicJobs[k]!.everyMs).unref());
  void idle
    .then(() => ctx.matching.warm(ctx.db))
    .then(() => runs.forEach((run) => run()));
}

const QUIET_MS = 300;
const MAX_WAIT_MS = 10_000;

/**
 * Resolves once the server has had no request in flight for QUIET_MS, or after MAX_WAIT_MS however
 * busy it is. Counts requests from the start (call it before listen).
 */
function firstIdle(server: Server): Promise<void> {
  let inFlight = 0;
  let lastActivity = performance.now();
  const track = (_req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    lastActivity = performance.now();
    res.once('close', () => {
      inFlight--;
      lastActivity = performance.now();
    });
  };
  server.on('request', track);
  const since = performance.now();
  return new Promise((resolve) => {
    const check = setInterval(() => {
      const now = performance.now();
      if ((inFlight === 0 && now - lastActivity >= QUIET_MS) || now - since >= MAX_WAIT_MS) {
        clearInterval(check);
        server.off('request', track);
        resolve();
      }
    }, QUIET_MS / 3);
    check.unref();
  });
}

/** One updating terminal line per phase, so a first start of ~100k rows shows it is moving. */
function progressPrinter() {
  let last = '';
  let logged = '';
  return (phase: string, done: number, total: number) => {
    const pct = total ? Math.floor((done / total) * 100) : 0;
    const line = `TwinBridge: first start, loading reference data: ${phase} ${pct}%`;
    if (line === last) return;
    last = line;
    if (process.stdout.isTTY) return void process.stdout.write(`\r${line.padEnd(80)}`);
    // A log gets each phase's quarters as they are passed: batches seldom end exactly on one.
    const quarter = `${phase} ${Math.floor(pct / 25)}`;
    if (quarter !== logged) console.log(`TwinBridge: first start, loading reference data: ${phase} ${Math.floor(pct / 25) * 25}%`);
    logged = quarter;
  };
}

function printMatchStats(s: MatchStats): void {
  const pct = ((s.matchedSides / s.sides) * 100).toFixed(1);
  const methods = Object.entries(s.byMethod).map(([m, n]) => `${m} ${n.toLocaleString('en')}`).join(', ');
  console.log(`\nTwinBridge: loaded ${s.pairs.toLocaleString('en')} twinnings; ${s.matchedSides.toLocaleString('en')} of ${s.sides.toLocaleString('en')} sides (${pct}%) tied to the directory (${methods}); both sides tied: ${s.bothMatched.toLocaleString('en')}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
