// npx tsx bench/growth.start.ts [scale…] — only the first start of bench:growth, with where the time and
// memory go: the phases the server prints (seconds since spawn), the process memory every two seconds
// (rss, V8 heap, external, array buffers: bench/memwatch.ts), and the peak. Embedded database in a
// fresh temporary DATA_DIR (or DATABASE_URL as given; one app process either way). The machine may be
// shared: the load average is printed beside every figure. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_DIR } from '../server/platform/config';
import { writeGrowthReference } from './growth.data';

const PORT = Number(process.env.GROWTH_PORT ?? 4177);
// The server's entry: another path to server/main.ts (a symlink) keeps the run apart from tools that stop servers by command line.
const ENTRY = process.env.GROWTH_ENTRY ?? 'server/main.ts';
const scales = process.argv.slice(2).map(Number).filter((s) => s >= 1);
const load = () => os.loadavg()[0]!.toFixed(1);

async function firstStart(scale: number): Promise<void> {
  const ref = writeGrowthReference(scale);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tb-start-${scale}x-`));
  const memFile = path.join(dataDir, 'memwatch.jsonl');
  const t0 = performance.now();
  const since = () => ((performance.now() - t0) / 1000).toFixed(1);
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './bench/memwatch.ts', ...(process.env.GROWTH_NODE_FLAGS ?? '').split(' ').filter(Boolean), ENTRY], {
    cwd: PROJECT_DIR,
    env: { ...process.env, DATA_DIR: dataDir, REFERENCE_DIR: ref.dir, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: process.env.DATABASE_URL ?? '', APP_PROCESSES: '1', MEMWATCH_FILE: memFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) console.log(`  ${since()} s (load ${load()}): ${line.trim()}`);
  });
  try {
    for (;;) {
      // A server stopped by a signal has no exit code, only the signal: without it the wait would never end.
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited with ${child.exitCode ?? child.signalCode}`);
      const ok = await fetch(`http://127.0.0.1:${PORT}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const start = since();
    // CPU seconds of the server process until ready: on a shared machine a steadier figure than the wall clock.
    const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const cpu = ((Number(stat[11]) + Number(stat[12])) / 100).toFixed(1); // clock ticks of 1/100 s (Linux)
    await new Promise((r) => setTimeout(r, 3000)); // one more memory sample after the load's garbage
    const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const mb = (field: string) => (Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024).toFixed(0);
    const samples = fs.readFileSync(memFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, number>);
    const peakBy = (k: string) => Math.max(...samples.map((s) => s[k]!)).toFixed(0);
    const last = samples.at(-1)!;
    console.log(`${scale}×: first start ${start} s (load ${load()}), ${cpu} s of CPU; RSS ${mb('VmRSS')} MB, peak ${mb('VmHWM')} MB`);
    console.log(`  at rest: heapUsed ${last.heapUsed!.toFixed(0)} MB, heapTotal ${last.heapTotal!.toFixed(0)} MB, external ${last.external!.toFixed(0)} MB, arrayBuffers ${last.arrayBuffers!.toFixed(0)} MB`);
    console.log(`  peaks:   heapUsed ${peakBy('heapUsed')} MB, heapTotal ${peakBy('heapTotal')} MB, external ${peakBy('external')} MB, arrayBuffers ${peakBy('arrayBuffers')} MB`);
    const du = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).reduce((s, e) => s + fs.statSync(path.join(e.parentPath, e.name)).size, 0) / 2 ** 20 : 0);
    console.log(`  DATA_DIR: db ${du(path.join(dataDir, 'db')).toFixed(0)} MB, cache ${du(path.join(dataDir, 'cache')).toFixed(0)} MB`);
  } finally {
    await new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
    fs.rmSync(ref.dir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

for (const scale of scales.length ? scales : [1]) await firstStart(scale);
