import cluster, { type Worker } from 'node:cluster';

/**
 * How many app processes `npm start` runs: APP_PROCESSES, else WEB_CONCURRENCY (what hosting
 * platforms set), else one per core on PostgreSQL. The embedded database belongs to one process, so
 * there it is always 1: WEB_CONCURRENCY is then ignored, and an explicit APP_PROCESSES above 1 is an
 * error (it cannot be honoured). A value that is not a whole number from 1 to 64 is an error too.
 */
export function appProcessCount(env: NodeJS.ProcessEnv, cores: number, shared: boolean): number {
  const read = (name: 'APP_PROCESSES' | 'WEB_CONCURRENCY'): number | undefined => {
    const raw = env[name]?.trim();
    if (!raw) return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 64) throw new Error(`Invalid environment:\n${name}: a whole number of app processes from 1 to 64 (got "${raw}")`);
    return Number(raw);
  };
  const asked = read('APP_PROCESSES');
  const platform = read('WEB_CONCURRENCY');
  if (!shared) {
    if (asked !== undefined && asked > 1) throw new Error(`Invalid environment:\nAPP_PROCESSES: ${asked} app processes need a PostgreSQL database (DATABASE_URL); the embedded database is one process's`);
    return 1;
  }
  return asked ?? platform ?? Math.max(1, cores);
}

/** What a worker tells the primary once it listens. */
const READY = 'twinbridge:ready';

/** Tell the primary this worker serves requests (no-op outside a cluster). */
export function reportReady(): void {
  if (cluster.isWorker) process.send?.(READY);
}

/** A worker that dies before it ever served this many times in a row means it cannot start: stop trying. */
const MAX_FAILED_STARTS = 3;
const RESTART_DELAY_MS = 1_000;
const STOP_GRACE_MS = 10_000;

/**
 * The primary of `count` app processes: forks them (they share the listening port, node:cluster
 * hands out connections), restarts one that dies, and on SIGTERM or SIGINT stops them all, then itself.
 * `onAllReady` runs once, when every first worker listens.
 */
export function superviseWorkers(count: number, onAllReady: () => void): void {
  let stopping = false;
  let exitCode = 0;
  let failedStarts = 0;
  let firstReady = 0;
  const ready = new WeakSet<Worker>();

  const fork = () => {
    const worker = cluster.fork();
    worker.on('message', (msg) => {
      if (msg !== READY) return;
      ready.add(worker);
      failedStarts = 0;
      console.log(`TwinBridge: app process ${worker.process.pid} ready`);
      if (++firstReady === count) onAllReady();
    });
  };

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.values(cluster.workers ?? {}).every((w) => !w || w.isDead())) process.exit(exitCode);
      return;
    }
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (!ready.has(worker) && ++failedStarts >= MAX_FAILED_STARTS) {
      console.error(`TwinBridge: app processes failed to start ${failedStarts} times in a row (last: ${how}); stopping`);
      stop(1);
      return;
    }
    console.warn(`TwinBridge: app process ${worker.process.pid} ended (${how}); starting another`);
    setTimeout(fork, RESTART_DELAY_MS);
  });

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (!workers.length) process.exit(exitCode);
    for (const w of workers) w.process.kill('SIGTERM');
    // A worker that does not finish its shutdown in time is ended, so the primary never hangs.
    setTimeout(() => {
      for (const w of workers) if (!w.isDead()) w.process.kill('SIGKILL');
      process.exit(exitCode);
    }, STOP_GRACE_MS).unref();
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.on(signal, () => {
      console.log(`TwinBridge: ${signal}, stopping ${count} app processes`);
      stop(0);
    });

  for (let i = 0; i < count; i++) fork();
}
