import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_DIR } from '../server/platform/config';

/** A deterministic pseudo-random generator, so every run benchmarks the same queries. */
export { seededRandom as rng } from '../server/platform/random';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export interface Server {
  child: ChildProcess;
  url: string;
  /** Seconds from spawn until /api/health answered. */
  startSeconds: number;
  /** Peak resident memory so far, in MB (VmHWM of the server process). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * BENCH_SERVER=dist: the compiled server of `npm run build` (dist/server, as `NODE_ENV=production npm
 * start` runs it) instead of the TypeScript sources through tsx, whose compiling counts in a start.
 */
const compiled = process.env.BENCH_SERVER === 'dist';

/**
 * Start the real server (node + tsx, or the compiled server; no npm wrapper, so the pid is the server's
 * own) and wait for health. `env` adds or overrides variables (the default runs the embedded database
 * on the real reference data).
 */
export async function startServer(dataDir: string, port: number, env: Record<string, string> = {}, stdout?: (chunk: string) => void): Promise<Server> {
  const started = Date.now();
  if (compiled && !fs.existsSync(path.join(PROJECT_DIR, 'dist/server/main.js'))) throw new Error('BENCH_SERVER=dist: run `npm run build` first');
  const child = spawn(process.execPath, compiled ? ['--enable-source-maps', 'dist/server/main.js'] : ['--import', 'tsx', 'server/main.ts'], {
    cwd: PROJECT_DIR,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', ...(compiled ? { NODE_ENV: 'production' } : {}), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.on('data', (chunk: Buffer) => stdout?.(chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    url,
    startSeconds: (Date.now() - started) / 1000,
    peakRssMb() {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
