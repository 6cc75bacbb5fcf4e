// npm run eval:match -- --pairs <csv>: leave-out evaluation of partner recommendations on known
// Turkey–EU twinnings (default: the dev pairs in data/). Prints Recall@10, Recall@50 and MRR for the
// recommender, the baselines and an ablation per signal.
import path from 'node:path';
import { PROJECT_DIR } from '../server/platform/config';
import { parseCsv, readDataFile } from '../server/domains/reference/csv';
import { readAuthorities } from '../server/domains/reference/reference.service';
import { readTwinnings, TWINNING_FILES } from '../server/domains/reference/twinnings.load';
import { TwinGraph } from '../server/domains/matching/matching.graph';
import { DEFAULT_WEIGHTS, SIGNALS, type Weights } from '../server/domains/matching/matching.rules';
import {
  ablations, countryShareTimesPopulation, evaluate, type EvalResult, type HeldOutPair, populationOnly, recommender,
} from '../server/domains/matching/matching.eval';

const args = process.argv.slice(2);
const at = args.indexOf('--pairs');
const pairsFile = path.resolve(at >= 0 && args[at + 1] ? args[at + 1]! : path.join(PROJECT_DIR, 'data', TWINNING_FILES.dev));
const dataDir = path.join(PROJECT_DIR, 'data');

const started = Date.now();
const directory = readAuthorities(dataDir);
// The graph: the world lists plus the evaluated file's pairs (each source's own are hidden in turn).
const rows = readTwinnings(dataDir, directory, pairsFile);
const g = new TwinGraph(directory, rows.map((r) => ({ a: r.aCode, b: r.bCode, aName: r.aName, bName: r.bName, aCountry: r.aCountry, bCountry: r.bCountry })));
const pairs: HeldOutPair[] = [];
for (const r of parseCsv(readDataFile(pairsFile))) {
  if (r.flag) continue; // Northern Cyprus sides are not EU twinnings
  const source = g.index.get(r.tr_authority_id ?? '');
  const target = g.index.get(r.eu_gisco_id ?? '');
  if (source !== undefined && target !== undefined) pairs.push({ source, target });
}
console.log(`eval:match on ${path.relative(process.cwd(), pairsFile)}: ${pairs.length} pairs, graph of ${g.edges.length.toLocaleString('en')} twinnings (${((Date.now() - started) / 1000).toFixed(1)} s to load)`);

const tuned = process.env.WEIGHTS ? { ...DEFAULT_WEIGHTS, ...(JSON.parse(process.env.WEIGHTS) as Partial<Weights>) } : undefined;
const results: EvalResult[] = [
  evaluate(g, pairs, 'recommender', recommender(tuned)),
  evaluate(g, pairs, 'baseline: population only', populationOnly),
  evaluate(g, pairs, 'baseline: country share × population', countryShareTimesPopulation),
  ...(args.includes('--quick') ? [] : ablations(tuned ?? DEFAULT_WEIGHTS)).map((a) => evaluate(g, pairs, a.name, a.rank)),
  ...(args.includes('--single') ? SIGNALS.map((s) => evaluate(g, pairs, `only ${s}`, recommender(Object.fromEntries(SIGNALS.map((k) => [k, k === s ? 1 : 0])) as Weights))) : []),
];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
console.log(`\n${'method'.padEnd(40)} Recall@10 Recall@50     MRR`);
for (const r of results) console.log(`${r.name.padEnd(40)} ${pct(r.recallAt10)}   ${pct(r.recallAt50)}  ${r.mrr.toFixed(3)}`);
const best = Math.max(results[1]!.recallAt10, results[2]!.recallAt10);
console.log(`\nrecommender Recall@10 = ${(results[0]!.recallAt10 / (best || 1)).toFixed(1)}× the best baseline's (${results[0]!.sources} Turkish authorities, ${results[0]!.pairs} pairs)`);
