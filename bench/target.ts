// What the HTTP benchmarks (public.ts, load.ts) run against: BASE_URL when set, else a server they
// start themselves on the full reference data — on the embedded database in BENCH_DATA_DIR (kept
// between runs, so only the first run loads the data) or a fresh temporary folder, or on PostgreSQL
// when DATABASE_URL is set. Also the keep-alive GET they time with, and the load average they print.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_DIR } from '../server/platform/config';
import { startServer } from './lib';

export interface Target {
  url: string;
  /** What the figures were measured on, for the header line. */
  label: string;
  stop(): Promise<void>;
}

/** The load average of the last minute, one decimal (printed beside every figure: the machine is shared). */
export const load1 = (): string => os.loadavg()[0]!.toFixed(2);

/** BASE_URL, or a server started here on port BENCH_PORT (default `port`). */
export async function openTarget(port: number): Promise<Target> {
  if (process.env.BASE_URL) return { url: process.env.BASE_URL.replace(/\/$/, ''), label: process.env.BASE_URL, stop: async () => {} };
  const kept = process.env.BENCH_DATA_DIR;
  const dataDir = kept ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tb-bench-'));
  const pg = process.env.DATABASE_URL ?? '';
  // The static pages of the mix need the web build, as `npm start` makes it when missing.
  spawnSync(process.execPath, ['scripts/ensure-web-build.mjs'], { cwd: PROJECT_DIR, stdio: 'inherit' });
  const server = await startServer(dataDir, Number(process.env.BENCH_PORT ?? port), { DATABASE_URL: pg });
  const db = pg ? 'PostgreSQL' : 'embedded PGlite';
  return {
    url: server.url,
    label: `${db}, server started here in ${server.startSeconds.toFixed(0)} s`,
    stop: async () => {
      await server.stop();
      if (!kept) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** One GET on a kept-alive socket: milliseconds to the last byte, the status and the body's size. */
export function timedGet(url: string, headers: Record<string, string> = {}): Promise<{ ms: number; status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    http
      .get(url, { agent, headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ ms: performance.now() - t, status: res.statusCode ?? 0, bytes }));
      })
      .on('error', reject);
  });
}

/** Close the kept-alive sockets so the process can end. */
export const closeSockets = (): void => agent.destroy();
