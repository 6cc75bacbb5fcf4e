// npm run bench:growth — the platform at 1×, 3× and 10× the EU authorities (a seeded synthetic
// directory, bench/growth.data.ts, in a temporary reference folder): first start, process memory,
// and p50/p95 of 15 directory searches and 8 recommendation requests, each repeated three times,
// with the growth against 1×. Embedded database in a fresh temporary DATA_DIR; PostgreSQL when
// DATABASE_URL is set (a fresh database per scale, dropped afterwards). GROWTH_SCALES=1,3 for a
// trial run (10× takes minutes). The machine may be shared: the 1-minute load average is printed
// beside every figure. `--in-process` times the search index and the recommendation scan alone
// (bench/growth.inprocess.ts). Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { writeGrowthReference } from './growth.data';
import { inProcess } from './growth.inprocess';
import { percentile, rng, startServer } from './lib';
import { searchWords } from './words';

const PORT = 3292;
const REPEAT = 3;
const scales = (process.env.GROWTH_SCALES ?? '1,3,10').split(',').map(Number).filter((s) => s >= 1);

/** 15 searches of real names (present at every scale): whole names, prefixes, typos, filters, a radius. */
function searches(): string[] {
  const random = rng(20261207);
  const { name, typo } = searchWords(random);
  const q = (p: Record<string, string>) => `/api/authorities?${new URLSearchParams(p)}`;
  return [
    ...Array.from({ length: 5 }, () => q({ q: name() })),
    ...Array.from({ length: 3 }, () => q({ q: name().slice(0, 3 + Math.floor(random() * 3)) })),
    ...Array.from({ length: 3 }, () => q({ q: typo(name().toLowerCase()) })),
    q({ q: name().slice(0, 4), country: 'DE' }),
    q({ q: name().slice(0, 4), country: 'TR' }),
    q({ country: 'FR', minPopulation: '10000', maxPopulation: '500000', sort: 'name' }),
    q({ near: '48.14,11.56', radiusKm: '50' }),
  ];
}

/** 8 recommendation requests: four Turkish and four EU authorities of the real data. */
const RECOMMEND = ['TR-BSB-34', 'TR-BSB-06', 'TR-BSB-35', 'TR-M-1126', 'DE_05315000', 'FR_75056', 'NL_GM0363', 'IT_058091'].map(
  (code) => `/api/authorities/${code}/recommendations?k=20`,
);

interface Figures {
  scale: number;
  authorities: number;
  start: [number, number];
  rssMb: [number, number];
  peakMb: number;
  firstRecommend: [number, number];
  search: [number, number, number];
  recommend: [number, number, number];
}

const load = () => os.loadavg()[0]!;

async function timed(base: string, urls: readonly string[]): Promise<[number, number, number]> {
  const times: number[] = [];
  for (let r = 0; r < REPEAT; r++) {
    for (const url of urls) {
      const t = performance.now();
      const res = await fetch(base + url);
      await res.arrayBuffer();
      times.push(performance.now() - t);
      if (!res.ok) throw new Error(`${url} → ${res.status}`);
    }
  }
  times.sort((a, b) => a - b);
  return [percentile(times, 50), percentile(times, 95), load()];
}

/** A fresh PostgreSQL database for one scale (dropped by the returned function), or none on the embedded one. */
async function freshDatabase(scale: number): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { env: {}, drop: async () => {} };
  const name = `tb_growth_${scale}x_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    // One app process, as on the embedded database: the figures then compare, and the memory is that of
    // the process that serves (with one per core, each holds the same indexes and the primary only prepares).
    env: { DATABASE_URL: own.toString(), APP_PROCESSES: '1' },
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

function memory(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
}

async function measure(scale: number): Promise<Figures> {
  console.log(`\n${scale}×: writing the synthetic reference folder…`);
  const ref = writeGrowthReference(scale);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tb-growth-data-${scale}x-`));
  const db = await freshDatabase(scale);
  try {
    console.log(`${scale}×: ${ref.euRows.toLocaleString('en')} EU LAU rows; first start…`);
    let lastProgress = '';
    const server = await startServer(dataDir, PORT, { REFERENCE_DIR: ref.dir, ...db.env }, (chunk) => {
      for (const line of chunk.split('\n')) if (line.includes('loading reference data') && line !== lastProgress) console.log(`  ${(lastProgress = line.trim())}`);
    });
    const start: [number, number] = [server.startSeconds, load()];
    const pid = server.child.pid!;
    try {
      const total = (await (await fetch(`${server.url}/api/authorities?limit=1`)).json()) as { total: number };
      const t = performance.now();
      const first = await fetch(server.url + RECOMMEND[0]!); // builds the matching graph (unless warm already did)
      await first.arrayBuffer();
      const firstRecommend: [number, number] = [performance.now() - t, load()];
      for (const url of searches()) await (await fetch(server.url + url)).arrayBuffer(); // warm-up
      const search = await timed(server.url, searches());
      const recommend = await timed(server.url, RECOMMEND);
      return { scale, authorities: total.total, start, rssMb: [memory(pid, 'VmRSS'), load()], peakMb: memory(pid, 'VmHWM'), firstRecommend, search, recommend };
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(ref.dir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
    await db.drop();
  }
}

function table(all: Figures[]): void {
  const base = all.find((f) => f.scale === 1) ?? all[0]!;
  const at = (v: number, l: number, unit: string, digits = 1) => `${v.toFixed(digits)} ${unit} (load ${l.toFixed(1)})`;
  const growth = (v: number, b: number) => `${(v / b).toFixed(1)}×`;
  const rows: [string, (f: Figures) => string, (f: Figures) => number][] = [
    ['authorities', (f) => f.authorities.toLocaleString('en'), (f) => f.authorities],
    ['first start', (f) => at(f.start[0], f.start[1], 's'), (f) => f.start[0]],
    ['RSS after the runs (peak)', (f) => `${at(f.rssMb[0], f.rssMb[1], 'MB', 0)} peak ${f.peakMb.toFixed(0)} MB`, (f) => f.rssMb[0]],
    ['first recommendation', (f) => at(f.firstRecommend[0], f.firstRecommend[1], 'ms', 0), (f) => f.firstRecommend[0]],
    ['search p50', (f) => at(f.search[0], f.search[2], 'ms'), (f) => f.search[0]],
    ['search p95', (f) => at(f.search[1], f.search[2], 'ms'), (f) => f.search[1]],
    ['recommendations p50', (f) => at(f.recommend[0], f.recommend[2], 'ms'), (f) => f.recommend[0]],
    ['recommendations p95', (f) => at(f.recommend[1], f.recommend[2], 'ms'), (f) => f.recommend[1]],
  ];
  const where = process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';
  console.log(`\nbench:growth on ${os.cpus().length} cores, ${where}, node ${process.version}; ${REPEAT}× ${searches().length} searches, ${REPEAT}× ${RECOMMEND.length} recommendations`);
  console.log(`| | ${all.map((f) => `${f.scale}×`).join(' | ')} | ${all.filter((f) => f !== base).map((f) => `growth ${f.scale}×`).join(' | ')} |`);
  console.log(`|---|${all.map(() => '---|').join('')}${all.filter((f) => f !== base).map(() => '---|').join('')}`);
  for (const [name, show, value] of rows) {
    const growths = all.filter((f) => f !== base).map((f) => growth(value(f), value(base)));
    console.log(`| ${name} | ${all.map(show).join(' | ')} | ${growths.join(' | ')} |`);
  }
}

if (process.argv.includes('--in-process')) {
  const codes = RECOMMEND.map((url) => url.split('/')[3]!);
  const params = searches().map((url) => new URLSearchParams(url.split('?')[1]));
  const rows: { scale: number; search: [number, number]; recommend: [number, number]; load: number }[] = [];
  for (const scale of scales) {
    console.log(`\n${scale}×: in process…`);
    rows.push({ scale, ...inProcess(scale, params, codes), load: load() });
  }
  const base = rows[0]!;
  console.log('\n| in process | search p50 / p95 | recommend p50 / p95 | growth of p95 (search, recommend) | load |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    const g = `${(r.search[1] / base.search[1]).toFixed(1)}×, ${(r.recommend[1] / base.recommend[1]).toFixed(1)}×`;
    console.log(`| ${r.scale}× | ${r.search[0].toFixed(2)} / ${r.search[1].toFixed(2)} ms | ${r.recommend[0].toFixed(2)} / ${r.recommend[1].toFixed(2)} ms | ${g} | ${r.load.toFixed(1)} |`);
  }
} else {
  const figures: Figures[] = [];
  for (const scale of scales) {
    const f = await measure(scale);
    console.log(`${scale}×: ${JSON.stringify(f)}`);
    figures.push(f);
  }
  table(figures);
}
