// npm run eval:match -- [--pairs <csv>] [--quick] [--single]: leave-out evaluation of partner
// recommendations on known Turkey–EU twinnings (default: the dev pairs in data/). Leave-out hides
// every copy of a source's twinnings (see heldOutEdges). Printed first: out-of-fold figures (5 folds
// of the Turkish authorities, grouped by province; every weight and the baseline fitted or chosen on
// the other folds only) with 90% intervals over resampled sources, and the out-of-fold ablation
// (--quick skips it). Then, labelled, in-sample figures. WEIGHTS='{"signal":w}' overrides the
// default weights of the in-sample rows.
import path from 'node:path';
import { PROJECT_DIR } from '../server/platform/config';
import { parseCsv, readDataFile } from '../server/domains/reference/csv';
import { readAuthorities } from '../server/domains/reference/reference.service';
import { readTwinnings, TWINNING_FILES } from '../server/domains/reference/twinnings.load';
import { TwinGraph } from '../server/domains/matching/matching.graph';
import { DEFAULT_WEIGHTS, SIGNALS, type Weights } from '../server/domains/matching/matching.rules';
import { bySource, countryShareTimesPopulation, evaluate, type EvalResult, type HeldOutPair, hiddenBySource, populationOnly, recommender } from '../server/domains/matching/matching.eval';
import { assignFolds, bootstrap, ratioOf, statisticOf } from '../server/domains/matching/matching.eval.cv';
import { baselinePerFold, outOfFold } from '../server/domains/matching/matching.eval.oof';
import { fitSoftmax, silentSignals, type Task } from '../server/domains/matching/matching.learn';
import { poolTask } from '../server/domains/matching/matching.learn.tasks';
import { L2, toWeights, WORLD_WEIGHTS } from '../server/domains/matching/matching.learn.weights';

const K = 5;
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

// Learning tasks: one per source, its pool of candidates under leave-out (see poolTask).
const hidden = hiddenBySource(pairs);
const tasks = new Map<number, Task>();
for (const [s, targets] of bySource(pairs)) {
  const t = poolTask(g, s, targets, hidden.get(s)!);
  if (t) tasks.set(s, t);
}
const silent = silentSignals([...tasks.values()], SIGNALS.length);
console.log(`signals always zero in the evaluation (not fitted, not ablated): ${[...silent].map((i) => SIGNALS[i]).join(', ') || 'none'}`);
const fitOn = (sources: ReadonlySet<number>, frozen: ReadonlySet<number> = silent, prior?: Float64Array) =>
  toWeights(fitSoftmax([...tasks].filter(([s]) => sources.has(s)).map(([, t]) => t), SIGNALS.length, { l2: L2, frozen, ...(prior ? { prior } : {}) }));

const folds = assignFolds(pairs, (s) => g.region[s] ?? g.codes[s]!, K);
const sources = [...bySource(pairs).keys()];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const range = (r: [number, number], f: (x: number) => string) => `${f(r[0])}–${f(r[1])}`;
const times = (x: number) => `${x.toFixed(2)}×`;
const row = (r: EvalResult) => {
  const ci = (field: 'hits10' | 'hits50' | 'rr', f: (x: number) => string) => `${f(statisticOf(r, field)(sources))} (${range(bootstrap(sources, statisticOf(r, field)), f)})`.padEnd(22);
  console.log(`${r.name.padEnd(52)} ${ci('hits10', pct)} ${ci('hits50', pct)} ${ci('rr', (x) => x.toFixed(3))} ${r.sources}/${r.pairs}`);
};
const header = (title: string) => console.log(`\n${title.padEnd(52)} ${'Recall@10 (90%)'.padEnd(22)} ${'Recall@50 (90%)'.padEnd(22)} ${'MRR (90%)'.padEnd(22)} sources/pairs`);
const ratios = (r: EvalResult, base: EvalResult) =>
  console.log(`  ${r.name} ÷ ${base.name}: Recall@10 ${times(ratioOf(r, base, 'hits10')(sources))} (90% ${range(bootstrap(sources, ratioOf(r, base, 'hits10')), times)}), Recall@50 ${times(ratioOf(r, base, 'hits50')(sources))} (90% ${range(bootstrap(sources, ratioOf(r, base, 'hits50')), times)})`);

const baselines = [{ name: 'baseline: population only', rank: populationOnly }, { name: 'baseline: country share × population', rank: countryShareTimesPopulation }];
const base = baselinePerFold(g, pairs, folds, K, baselines);
const turkish = outOfFold(g, pairs, folds, K, 'recommender (softmax fitted on the other folds)', (train) => fitOn(train));
header(`OUT-OF-FOLD (${K} folds by province, fitted on the other folds)`);
row(turkish.result);
row(base.result);
console.log(`  baseline chosen per fold: ${base.chosen.map((c) => c.replace('baseline: ', '')).join(' | ')}`);
ratios(turkish.result, base.result);
console.log(`  per-fold weights:\n${turkish.weights.map((w) => `    ${JSON.stringify(w)}`).join('\n')}`);
const learnt = WORLD_WEIGHTS;
if (learnt) {
  const world = Object.fromEntries(SIGNALS.map((s) => [s, learnt[s] ?? 0])) as Weights;
  const prior = Float64Array.from(SIGNALS, (s) => world[s]);
  const alone = outOfFold(g, pairs, folds, K, 'recommender (world weights, no Turkish pair)', () => world);
  const both = outOfFold(g, pairs, folds, K, 'recommender (world prior + the other folds)', (train) => fitOn(train, silent, prior));
  for (const r of [alone.result, both.result]) {
    row(r);
    ratios(r, base.result);
  }
  console.log(`  per-fold weights (world prior + folds):\n${both.weights.map((w) => `    ${JSON.stringify(w)}`).join('\n')}`);
}

if (!args.includes('--quick')) {
  header('OUT-OF-FOLD ablation (refitted without the signal; ranked to depth 50, so MRR counts only first hits in the top 50)');
  const hits = (r: EvalResult) => [...r.perSource.values()].reduce((a, o) => a + o.hits10, 0);
  const hits50 = (r: EvalResult) => [...r.perSource.values()].reduce((a, o) => a + o.hits50, 0);
  for (let i = 0; i < SIGNALS.length; i++) {
    if (silent.has(i)) continue;
    const without = outOfFold(g, pairs, folds, K, `without ${SIGNALS[i]}`, (train) => {
      const frozen = new Set([...silent, i]);
      return { ...fitOn(train, frozen), [SIGNALS[i]!]: 0 };
    }, 50).result;
    const d10 = hits(without) - hits(turkish.result);
    const d50 = hits50(without) - hits50(turkish.result);
    row(without);
    console.log(`    change in top-10 hits ${d10 >= 0 ? '+' : ''}${d10}, top-50 hits ${d50 >= 0 ? '+' : ''}${d50} (of ${turkish.result.pairs} pairs)`);
  }
}

header('IN-SAMPLE (weights set or fitted on all these pairs)');
const weights = process.env.WEIGHTS ? { ...DEFAULT_WEIGHTS, ...(JSON.parse(process.env.WEIGHTS) as Partial<Weights>) } : DEFAULT_WEIGHTS;
const inDefault = evaluate(g, pairs, 'recommender (default weights)', recommender(weights));
const allFit = fitOn(new Set(sources));
const inFitted = evaluate(g, pairs, 'recommender (softmax fitted on all pairs)', recommender(allFit));
[inDefault, inFitted, ...base.all].forEach(row);
console.log(`  fitted on all pairs: ${JSON.stringify(allFit)}`);
if (learnt) {
  const allWithPrior = fitOn(new Set(sources), silent, Float64Array.from(SIGNALS, (s) => learnt[s] ?? 0));
  row(evaluate(g, pairs, 'recommender (world prior + all pairs)', recommender(allWithPrior)));
  console.log(`  world prior + all pairs: ${JSON.stringify(allWithPrior)}`);
}
ratios(inDefault, base.all[0]!.recallAt10 >= base.all[1]!.recallAt10 ? base.all[0]! : base.all[1]!);

if (args.includes('--single')) {
  header('IN-SAMPLE: one signal alone');
  SIGNALS.map((s) => evaluate(g, pairs, `only ${s}`, recommender(Object.fromEntries(SIGNALS.map((k) => [k, k === s ? 1 : 0])) as Weights))).forEach(row);
}
