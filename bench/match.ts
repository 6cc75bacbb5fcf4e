// npm run bench:match — server-side time of one partner recommendation (top 20) on the full reference
// data: 300 Turkish authorities against every EU authority, and 300 EU authorities against every
// Turkish one. Prints figures; asserts nothing.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_DIR } from '../server/platform/config';
import { readAuthorities } from '../server/domains/reference/reference.service';
import { readTwinnings } from '../server/domains/reference/twinnings.load';
import { TwinGraph } from '../server/domains/matching/matching.graph';
import { recommend } from '../server/domains/matching/matching.recommend';
import { percentile, rng } from './lib';

const N = 300;
const K = 20;
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
const toEu = time(sample(g.turkish, 20261128));
const toTr = time(sample(g.eu, 20261129));
const ms = (x: number) => `${x.toFixed(2)} ms`.padStart(10);
console.log(`bench:match on ${os.cpus().length} cores, node ${process.version}: ${g.n.toLocaleString('en')} authorities, ${g.edges.length.toLocaleString('en')} twinnings`);
console.log(`graph build ${ms(buildMs)}, first request (builds per-graph scratch) ${ms(firstMs)}\n`);
console.log(`${'direction'.padEnd(34)}       p50        p95        max`);
for (const [name, t] of [[`TR → EU (${g.eu.length.toLocaleString('en')} candidates)`, toEu], [`EU → TR (${g.turkish.length.toLocaleString('en')} candidates)`, toTr]] as const) {
  console.log(`${name.padEnd(34)}${ms(percentile(t, 50))} ${ms(percentile(t, 95))} ${ms(t.at(-1)!)}`);
}
