// npm run bench:match — time of one partner recommendation (top 20) on the full reference data: 300
// Turkish authorities against every EU authority, and 300 EU authorities against every Turkish one.
// First the candidate scan alone (in process), with its work in candidates per request, then the whole
// request over HTTP on the started platform (scan, platform signals, hidden candidates, reasons, JSON;
// --scan-only skips it).
// Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_DIR } from '../server/platform/config';
import { readAuthorities } from '../server/domains/reference/reference.service';
import { readTwinnings } from '../server/domains/reference/twinnings.load';
import { TwinGraph } from '../server/domains/matching/matching.graph';
import { recommend, type ScanWork } from '../server/domains/matching/matching.recommend';
import { percentile, rng, startServer } from './lib';

const N = 300;
const K = 20;
const PORT = 3291;
const dataDir = path.join(PROJECT_DIR, 'data');

const directory = readAuthorities(dataDir);
const rows = readTwinnings(dataDir, directory);
let t0 = performance.now();
const g = new TwinGraph(directory, rows.map((r) => ({ a: r.aCode, b: r.bCode, aName: r.aName, bName: r.bName, aCountry: r.aCountry, bCountry: r.bCountry })));
const buildMs = performance.now() - t0;

/** N distinct authorities of one side, the same every run. */
function sample(ids: readonly number[], seed: number): number[] {
  const random = rng(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(N, ids.length)) picked.add(ids[Math.floor(random() * ids.length)]!);
  return [...picked];
}

function time(sources: number[]): number[] {
  for (const s of sources.slice(0, 20)) recommend(g, s, { k: K }); // warm-up: JIT, first-use scratch arrays
  return sources
    .map((s) => {
      t0 = performance.now();
      recommend(g, s, { k: K });
      return performance.now() - t0;
    })
    .sort((a, b) => a - b);
}

t0 = performance.now();
recommend(g, g.turkish[0]!, { k: K });
const firstMs = performance.now() - t0;
const toEuSources = sample(g.turkish, 20261128);
const toTrSources = sample(g.eu, 20261129);
const toEu = time(toEuSources);
const toTr = time(toTrSources);

/** The scan's work per request (mean): it does not depend on the machine's load, so it compares across runs. */
function work(sources: number[]): string {
  const w: ScanWork = { bounded: 0, distances: 0, scored: 0 };
  for (const s of sources) recommend(g, s, { k: K, work: w });
  const per = (x: number) => Math.round(x / sources.length).toLocaleString('en');
  return `candidates per request: ${per(w.bounded)} bounded, ${per(w.distances)} distances, ${per(w.scored)} scored`;
}
const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(10);
const load = () => `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (1, 5, 15 min; a shared machine: read figures beside it)`;
console.log(`bench:match on ${os.cpus().length} cores, node ${process.version}: ${g.n.toLocaleString('en')} authorities, ${g.edges.length.toLocaleString('en')} twinnings; ${load()}`);
console.log(`graph build ${ms(buildMs)}, first request (builds per-graph scratch) ${ms(firstMs)}\n`);
console.log(`${'direction'.padEnd(34)}       p50        p95        max`);
for (const [name, t] of [[`TR → EU (${g.eu.length.toLocaleString('en')} candidates)`, toEu], [`EU → TR (${g.turkish.length.toLocaleString('en')} candidates)`, toTr]] as const) {
  console.log(`${name.padEnd(34)}${ms(percentile(t, 50))} ${ms(percentile(t, 95))} ${ms(t.at(-1)!)}`);
}
console.log(`TR → EU ${work(toEuSources)}`);
console.log(`EU → TR ${work(toTrSources)}`);
console.log(`after the scan: ${load()}`);

if (!process.argv.includes('--scan-only')) await overHttp();

/** The whole request, as a client sees it, on the platform started on the embedded database. */
async function overHttp(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-bench-match-'));
  try {
    const server = await startServer(dir, PORT);
    const get = async (code: string) => {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/authorities/${encodeURIComponent(code)}/recommendations?k=${K}`);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${code} → ${res.status}`);
      return performance.now() - started;
    };
    const timed = async (sources: number[]) => {
      for (const s of sources.slice(0, 20)) await get(g.codes[s]!); // warm-up: the graph is built on first use
      const out: number[] = [];
      for (const s of sources) out.push(await get(g.codes[s]!));
      return out.sort((a, b) => a - b);
    };
    const [eu, tr] = [await timed(toEuSources), await timed(toTrSources)];
    console.log(`\nwhole request over HTTP on loopback (first start ${server.startSeconds.toFixed(1)} s)`);
    console.log(`${'direction'.padEnd(34)}       p50        p95        max`);
    for (const [name, t] of [['TR → EU', eu], ['EU → TR', tr]] as const) console.log(`${name.padEnd(34)}${ms(percentile(t, 50))} ${ms(percentile(t, 95))} ${ms(t.at(-1)!)}`);
    await server.stop();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
