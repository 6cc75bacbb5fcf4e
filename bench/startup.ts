// `npm run bench:startup`: how long the server takes to answer after a restart, compiled
// (dist/server/main.js, from `npm run build`) against the TypeScript sources through tsx, on the same
// data folder with the reference data already loaded. Alternates the two, prints each start and the
// medians with the load average. `-- --fixtures` uses the small test directory instead of the full data,
// `-- --rounds N` makes N restarts of each (default 5).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5;
const fixtures = process.argv.includes('--fixtures');
const compiled = path.join(root, 'dist/server/main.js');
if (!fs.existsSync(compiled)) throw new Error('No dist/server/main.js: run `npm run build` first.');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-startup-'));
const env = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO: '0', LOG_LEVEL: 'warn', DATABASE_URL: '', ...(fixtures ? { REFERENCE_DIR: path.join(root, 'server/test/fixtures') } : {}) };
const runs = { compiled: ['--enable-source-maps', compiled], tsx: ['--import', 'tsx', 'server/main.ts'] };
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/** Milliseconds from spawning the process to its "ready" line, then stopped with SIGTERM. */
function start(args: string[]): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    let ms = 0;
    const seen = (d: Buffer) => {
      out += d.toString();
      if (ms || !out.includes('TwinBridge ready')) return;
      ms = performance.now() - t0;
      // A moment later: main.ts installs its SIGTERM handler just after printing the ready line.
      setTimeout(() => child.kill('SIGTERM'), 500);
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => (code === 0 && ms ? resolve(ms) : reject(new Error(`exited ${code}: ${out}`))));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  console.log(`first start (loads the ${fixtures ? 'test' : 'full reference'} data): ${(await start(runs.compiled) / 1000).toFixed(1)} s, load ${load()}`);
  const times: Record<keyof typeof runs, number[]> = { compiled: [], tsx: [] };
  for (let k = 0; k < rounds; k++) {
    for (const name of ['compiled', 'tsx'] as const) {
      const ms = await start(runs[name]);
      times[name].push(ms);
      console.log(`${name.padEnd(8)} restart ${(ms / 1000).toFixed(2)} s   load ${load()}`);
    }
  }
  for (const name of ['compiled', 'tsx'] as const) console.log(`${name.padEnd(8)} median ${(median(times[name]) / 1000).toFixed(2)} s over ${rounds} restarts`);
  console.log(`load average ${load()} on ${os.cpus().length} cores (a shared machine: compare the two, not the absolute figures)`);
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
