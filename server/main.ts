import path from 'node:path';
import { buildApp } from './app';
import { prepareReference } from './domains/reference/reference.service';
import type { MatchStats } from '../shared/twinnings';
import { loadConfig } from './platform/config';
import { openDatabase } from './platform/db';
import { createContext } from './context';
import { periodicJobs, startupHooks } from './startup';

/** Process entry: config, database and first-start load, then listen until a signal asks to stop. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dir: path.join(config.dataDir, 'db') },
  );
  console.log(`TwinBridge: database ${database.kind === 'postgres' ? 'PostgreSQL' : `PGlite in ${path.join(config.dataDir, 'db')}`}`);
  const cacheDir = database.kind === 'pglite' ? path.join(config.dataDir, 'cache') : undefined;
  const ref = await prepareReference(database.db, config.referenceDir, progressPrinter(), cacheDir);
  if (ref.authoritiesLoaded) console.log(`\nTwinBridge: loaded ${ref.authoritiesLoaded.toLocaleString('en')} authorities`);
  if (ref.twinningStats) printMatchStats(ref.twinningStats);
  const directory = ref.directory;
  const ctx = await createContext(database.db, config, directory);
  for (const hook of startupHooks) await hook(ctx);
  const app = await buildApp(ctx, { logger: { level: config.logLevel }, serveWeb: true });
  await app.listen({ port: config.port, host: config.host });
  console.log(`TwinBridge ready at ${config.publicUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s (${directory.size.toLocaleString('en')} authorities)`);

  ctx.matching.warm(ctx.db);
  const timers = periodicJobs.map((job) => {
    const run = () => job.run(ctx).catch((err: unknown) => app.log.error({ err }, `${job.name} failed`));
    void run();
    return setInterval(run, job.everyMs).unref();
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`TwinBridge: ${signal}, shutting down`);
    timers.forEach(clearInterval);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** One updating terminal line per phase, so a first start of ~100k rows shows it is moving. */
function progressPrinter() {
  let last = '';
  return (phase: string, done: number, total: number) => {
    const pct = total ? Math.floor((done / total) * 100) : 0;
    const line = `TwinBridge: first start, loading reference data: ${phase} ${pct}%`;
    if (line === last) return;
    last = line;
    if (process.stdout.isTTY) process.stdout.write(`\r${line.padEnd(80)}`);
    else if (pct % 25 === 0) console.log(line);
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
