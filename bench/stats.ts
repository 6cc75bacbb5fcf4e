// npm run bench:stats — latency of GET /api/stats (the public dashboard's figures, issue 14) on the
// full reference data and the embedded database, beside GET /api/health in the same run, so the
// machine's own noise is visible. Keep-alive HTTP on loopback with a few requests in flight (as
// autocannon would; it is not installed). Prints figures with the load average; asserts nothing.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { percentile, startServer } from './lib';

const PORT = Number(process.env.BENCH_PORT ?? 3291);
// Long enough to span several of the cache's recheck windows (STATS_RECHECK_MS), so checks are measured too.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const IN_FLIGHT = 8;
const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });

/** One GET on the kept-alive agent; resolves with the milliseconds to the last byte. */
function timedGet(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - t) : reject(new Error(`${url} → ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

/** Requests for SECONDS with IN_FLIGHT at a time; latencies sorted, and requests per second. */
async function load(url: string, seconds = SECONDS): Promise<{ ms: number[]; perSecond: number }> {
  const ms: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) ms.push(await timedGet(url));
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return { ms: ms.sort((a, b) => a - b), perSecond: ms.length / elapsed };
}

const line = (name: string, r: { ms: number[]; perSecond: number }) =>
  `  ${name.padEnd(12)} ${r.ms.length} requests, p50 ${percentile(r.ms, 50).toFixed(1)} ms, p95 ${percentile(r.ms, 95).toFixed(1)} ms, p99 ${percentile(r.ms, 99).toFixed(1)} ms, max ${r.ms.at(-1)!.toFixed(1)} ms, ${r.perSecond.toFixed(0)} req/s`;

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-bench-stats-'));
  try {
    const server = await startServer(dataDir, PORT);
    console.log(`bench:stats (embedded PGlite, full reference data and demo content; first start ${server.startSeconds.toFixed(0)} s)`);
    const cold = await timedGet(`${server.url}/api/stats`);
    const figures = (await (await fetch(`${server.url}/api/stats`)).json()) as { authorities: number; twinnings: { total: number }; projects: { count: number } };
    console.log(`  figures: ${figures.authorities} authorities, ${figures.twinnings.total} twinnings, ${figures.projects.count} funded projects`);
    console.log(`  first /api/stats (computed, cache empty): ${cold.toFixed(1)} ms`);
    console.log(`  ${SECONDS} s each, ${IN_FLIGHT} in flight, load average before ${os.loadavg()[0]!.toFixed(2)}:`);
    await load(`${server.url}/api/health`, 2); // warm-up of the sockets and the JIT
    const health = await load(`${server.url}/api/health`);
    const stats = await load(`${server.url}/api/stats`);
    console.log(line('/api/health', health));
    console.log(line('/api/stats', stats));
    console.log(`  load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} cores)`);
    agent.destroy();
    await server.stop();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
