// npm run eval:match -- [--pairs <csv>] [--single] [--quick]: leave-out evaluation of partner
// recommendations on known Turkey–EU twinnings (default: the dev pairs in data/). Prints Recall@10,
// Recall@50 and MRR for the recommender, the baselines, an ablation per signal, and two-fold
// cross-validated tuning (weights tuned on half of the Turkish authorities, reported on the other half).
// WEIGHTS='{"signal":w}' overrides the default weights.
import path from 'node:path';
import { PROJECT_DIR } from '../server/platform/config';
import { parseCsv, readDataFile } from '../server/domains/reference/csv';
import { readAuthorities } from '../server/domains/reference/reference.service';
import { readTwinnings, TWINNING_FILES } from '../server/domains/reference/twinnings.load';
import { TwinGraph } from '../server/domains/matching/matching.graph';
import { DEFAULT_WEIGHTS, SIGNALS, type Weights } from '../server/domains/matching/matching.rules';
import {
  ablations, countryShareTimesPopulation, evaluate, type EvalResult, folds, type HeldOutPair, pool, populationOnly, ratioInterval, recommender,
} from '../server/domains/matching/matching.eval';
import { tune } from '../server/domains/matching/matching.tune';

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
const scoredCount = pairs.length;
// The file's other rows of a source (EU side unmatched or a duplicate under another name, e.g. "Berlin –
// Tempelhof-Schöneberg" beside Berlin) are not scored but leave the graph with the rest: leave-out means out.
const scored = new Set(pairs.map((p) => `${p.source}~${p.target}`));
for (const r of rows) {
  const source = r.sources.includes('dev_pairs') ? g.index.get(r.aCode ?? '') : undefined;
  const target = source === undefined ? null : g.nodeOf(r.bCode, r.bName, r.bCountry);
  if (source !== undefined && target !== null && !scored.has(`${source}~${target}`)) pairs.push({ source, target, scored: false });
}
console.log(`eval:match on ${path.relative(process.cwd(), pairsFile)}: ${scoredCount} pairs (+${pairs.length - scoredCount} unscored rows hidden too), graph of ${g.edges.length.toLocaleString('en')} twinnings (${((Date.now() - started) / 1000).toFixed(1)} s to load)`);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
const print = (r: EvalResult, note = '') => console.log(`${r.name.padEnd(44)} ${pct(r.recallAt10)}   ${pct(r.recallAt50)}  ${r.mrr.toFixed(3)}   ${String(r.sources).padStart(3)}/${r.pairs}${note}`);
const header = (title: string) => console.log(`\n${title.padEnd(44)} Recall@10 Recall@50     MRR  sources/pairs`);

const weights = process.env.WEIGHTS ? { ...DEFAULT_WEIGHTS, ...(JSON.parse(process.env.WEIGHTS) as Partial<Weights>) } : DEFAULT_WEIGHTS;
const main = evaluate(g, pairs, 'recommender (default weights)', recommender(weights));
const baselines = [evaluate(g, pairs, 'baseline: population only', populationOnly), evaluate(g, pairs, 'baseline: country share × population', countryShareTimesPopulation)];
header('all pairs');
[main, ...baselines].forEach((r) => print(r));
const best = Math.max(...baselines.map((b) => b.recallAt10));
/** The ratio to the best baseline, with its 90% interval over resampled sources. */
const ratio = (r: EvalResult) => {
  const [low, high] = ratioInterval(r, baselines);
  return `${(r.recallAt10 / (best || 1)).toFixed(1)}× the best baseline's (90% interval over resampled sources ${low.toFixed(1)}–${high.toFixed(1)}×)`;
};
console.log(`recommender Recall@10 = ${ratio(main)}`);

if (!args.includes('--quick')) {
  header('ablation (default weights, one signal off)');
  console.log(`${''.padEnd(44)} (last column: change in top-10 hits, ${main.pairs} pairs; one hit is ${(100 / main.pairs).toFixed(1)} points)`);
  const hits = (r: EvalResult) => [...r.hits10.values()].reduce((a, b) => a + b, 0);
  for (const a of ablations(weights).map((x) => evaluate(g, pairs, x.name, x.rank))) print(a, `   ${hits(a) - hits(main) >= 0 ? '+' : ''}${hits(a) - hits(main)}`);
  crossValidate();
}
if (args.includes('--single')) {
  header('one signal alone');
  SIGNALS.map((s) => evaluate(g, pairs, `only ${s}`, recommender(Object.fromEntries(SIGNALS.map((k) => [k, k === s ? 1 : 0])) as Weights))).forEach((r) => print(r));
}

/** Tune on one fold of Turkish authorities from neutral weights (all 1), report on the other, both ways. */
function crossValidate(): void {
  const [a, b] = folds(pairs);
  const neutral = Object.fromEntries(SIGNALS.map((s) => [s, 1])) as Weights;
  const results: EvalResult[] = [];
  header('two-fold cross-validation');
  for (const [name, train, test] of [['A→B', a, b], ['B→A', b, a]] as const) {
    const tuned = tune(g, train, neutral);
    console.log(`tuned on fold ${name[0]}: ${JSON.stringify(tuned)}`);
    results.push(evaluate(g, test, `tuned on ${name[0]}, tested on ${name[2]}`, recommender(tuned)));
    print(evaluate(g, test, `  fold ${name[2]}: default weights`, recommender(weights)));
    print(evaluate(g, test, `  fold ${name[2]}: best baseline (population)`, populationOnly));
    print(results.at(-1)!);
  }
  const pooled = pool('out-of-fold (both folds pooled)', results[0]!, results[1]!);
  print(pooled);
  console.log(`out-of-fold recommender Recall@10 = ${ratio(pooled)}`);
}
