// npm run bench:growth -- --in-process: the directory search and the recommendation scan alone, in
// this process, on the same synthetic directories (no database, no HTTP): what the index and the
// scan cost as the directory grows, with less noise than the whole platform on a shared machine.
// Uses only DirectoryIndex.search, recommend() and countCandidates() (the answer's "n of N", as the
// route gives it), so it runs unchanged on older code for a before/after.
import fs from 'node:fs';
import os from 'node:os';
import { authoritySearchQuery } from '../shared/authorities';
import { DirectoryIndex } from '../server/domains/authorities/authorities.index';
import { readAuthorities } from '../server/domains/reference/reference.service';
import { readTwinnings } from '../server/domains/reference/twinnings.load';
import { TwinGraph } from '../server/domains/matching/matching.graph';
import { countCandidates, recommend } from '../server/domains/matching/matching.recommend';
import { writeGrowthReference } from './growth.data';
import { percentile } from './lib';

const REPEAT = 5;

/**
 * The clock: wall time, or with GROWTH_CLOCK=cpu this process's CPU time (user + system, in ms). On a
 * machine shared by other work the wall time counts the waits for a core too; CPU time mostly does not,
 * so before/after comparisons under load read CPU time (it includes the GC's helper threads).
 */
const cpuClock = process.env.GROWTH_CLOCK === 'cpu';
function now(): number {
  if (!cpuClock) return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** p50 and p95 of running each of `tasks` REPEAT times (after one warm-up pass), in ms; `slowest` gets each task's median. */
function timed(tasks: (() => unknown)[], slowest?: (medians: number[]) => void): [number, number] {
  for (const t of tasks) t();
  const times: number[] = [];
  const each: number[][] = tasks.map(() => []);
  for (let r = 0; r < REPEAT; r++) {
    tasks.forEach((t, k) => {
      const start = now();
      t();
      const ms = now() - start;
      times.push(ms);
      each[k]!.push(ms);
    });
  }
  slowest?.(each.map((ms) => percentile([...ms].sort((a, b) => a - b), 50)));
  times.sort((a, b) => a - b);
  return [percentile(times, 50), percentile(times, 95)];
}

/** Search and recommendation p50/p95 on one scale, printed with the load average. */
export function inProcess(scale: number, searches: readonly URLSearchParams[], sources: readonly string[]): { search: [number, number]; recommend: [number, number] } {
  const ref = writeGrowthReference(scale);
  try {
    const rows = readAuthorities(ref.dir);
    const index = new DirectoryIndex(rows);
    const twinnings = readTwinnings(ref.dir, rows);
    const g = new TwinGraph(index.all(), twinnings.map((r) => ({ a: r.aCode, b: r.bCode, aName: r.aName, bName: r.bName, aCountry: r.aCountry, bCountry: r.bCountry })));
    const search = timed(
      searches.map((p) => {
        const query = authoritySearchQuery.parse({ limit: '20', ...Object.fromEntries(p) });
        return () => index.search(query);
      }),
      // Which searches cost most at this scale: where an index still reads more than its matches.
      (medians) => {
        const worst = medians.map((ms, k) => [ms, k] as const).sort((a, b) => b[0] - a[0]).slice(0, 3);
        for (const [ms, k] of worst) console.log(`    slowest search: ${searches[k]!.toString()} median ${ms.toFixed(2)} ms`);
      },
    );
    const recs = timed(
      sources.map((code) => () => {
        const source = g.index.get(code)!;
        return [recommend(g, source, { k: 20 }), countCandidates(g, source, {})];
      }),
      // Which sources cost most: the p95 of a few requests is their slowest.
      (medians) => {
        const worst = medians.map((ms, k) => [ms, k] as const).sort((a, b) => b[0] - a[0]).slice(0, 3);
        for (const [ms, k] of worst) console.log(`    slowest recommendation: ${sources[k]} median ${ms.toFixed(2)} ms`);
      },
    );
    console.log(`  in process, ${index.size.toLocaleString('en')} authorities: search p50 ${search[0].toFixed(2)} / p95 ${search[1].toFixed(2)} ms, recommend p50 ${recs[0].toFixed(2)} / p95 ${recs[1].toFixed(2)} ms (load ${os.loadavg()[0]!.toFixed(1)}${cpuClock ? ', CPU time' : ''})`);
    return { search, recommend: recs };
  } finally {
    fs.rmSync(ref.dir, { recursive: true, force: true });
  }
}
