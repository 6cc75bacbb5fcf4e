// npm run learn:match: fit the recommender's weights on the world's twinnings, not Turkey's. Towns
// outside the EU and Turkey that twin with EU towns face the Turkish towns' task; each becomes a
// leave-out task (its EU twinnings hidden, a pool of EU candidates with their signal values) in a
// graph where its country takes Turkey's place (see worldGraph), and a softmax ranker is fitted on
// them all (see fitSoftmax). Prints the weights to paste into WORLD_WEIGHTS; asserts nothing.
import os from 'node:os';
import path from 'node:path';
import { PROJECT_DIR } from '../server/platform/config';
import { parseCsv, readDataFile } from '../server/domains/reference/csv';
import { countryCode } from '../server/domains/reference/countries.rules';
import { readAuthorities } from '../server/domains/reference/reference.service';
import { readTwinnings, TWINNING_FILES } from '../server/domains/reference/twinnings.load';
import { EU_COUNTRIES } from '../shared/countries';
import { SIGNALS } from '../server/domains/matching/matching.rules';
import { fitSoftmax, silentSignals, type Task } from '../server/domains/matching/matching.learn';
import { poolTask } from '../server/domains/matching/matching.learn.tasks';
import { L2, toWeights } from '../server/domains/matching/matching.learn.weights';
import { placeKey, type WorldPlace, worldGraph } from '../server/domains/matching/matching.learn.world';

/** Sources per country at most (the most twinned with the EU first), so that no one country's habits dominate. */
const PER_COUNTRY = 30;
const MIN_SOURCES = 5;
const WORLD_POOL = { neutral: 150, populous: 50, random: 300, seed: 20261207 };

const started = Date.now();
const dataDir = path.join(PROJECT_DIR, 'data');
const directory = readAuthorities(dataDir);
const edges = readTwinnings(dataDir, directory).map((r) => ({ a: r.aCode, b: r.bCode, aName: r.aName, bName: r.bName, aCountry: r.aCountry, bCountry: r.bCountry }));
const num = (s: string | undefined) => (s && Number.isFinite(Number(s)) && s.trim() !== '' ? Number(s) : null);
const places = new Map<string, WorldPlace>();
const place = (name: string | undefined, country: string | undefined, lat?: string, lon?: string, population?: string) => {
  const cc = countryCode(country ?? '');
  if (!cc || !name) return;
  const key = placeKey(cc, name.trim());
  const known = places.get(key);
  places.set(key, { name: name.trim(), lat: known?.lat ?? num(lat), lon: known?.lon ?? num(lon), population: known?.population || num(population) });
};
for (const r of parseCsv(readDataFile(path.join(dataDir, TWINNING_FILES.wikidata)), '\t')) place(r.sistercityLabel, r.destination_countryLabel, r.destinationlat, r.destinationlong, r.destinationpopulation);
for (const r of parseCsv(readDataFile(path.join(dataDir, TWINNING_FILES.wikipedia)))) {
  place(r.city1, r.country1, r.lat1, r.lng1);
  place(r.city2, r.country2, r.lat2, r.lng2);
}
const eu = new Set<string>(EU_COUNTRIES);
const countries = new Map<string, number>();
for (const e of edges) {
  for (const [code, c, other] of [[e.a, e.aCountry, e.b], [e.b, e.bCountry, e.a]] as const) {
    if (code === null && c && c !== 'TR' && !eu.has(c) && other !== null) countries.set(c, (countries.get(c) ?? 0) + 1);
  }
}
console.log(`learn:match: ${edges.length.toLocaleString('en')} twinnings, ${places.size.toLocaleString('en')} places outside the directory (${((Date.now() - started) / 1000).toFixed(0)} s to load; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);

const tasks: Task[] = [];
const perCountry: string[] = [];
for (const [country] of [...countries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  const { g, sources } = worldGraph(directory, edges, country, places);
  const euPartners = (s: number) => new Set(g.neighbours[s]!.filter((p) => p < g.n && !g.isTurkish[p]));
  const picked = sources.filter((s) => euPartners(s).size > 0).sort((a, b) => euPartners(b).size - euPartners(a).size || a - b).slice(0, PER_COUNTRY);
  if (picked.length < MIN_SOURCES) continue;
  let n = 0;
  for (const s of picked) {
    const partners = euPartners(s);
    const task = poolTask(g, s, partners, partners, WORLD_POOL);
    if (!task) continue;
    tasks.push(task);
    n++;
  }
  perCountry.push(`${country} ${n}`);
}
console.log(`${tasks.length} tasks from ${perCountry.length} countries: ${perCountry.join(', ')}`);
const silent = silentSignals(tasks, SIGNALS.length);
console.log(`signals always zero in the world tasks (left at 0): ${[...silent].map((i) => SIGNALS[i]).join(', ') || 'none'}`);
const w = fitSoftmax(tasks, SIGNALS.length, { l2: L2, frozen: silent });
console.log(`WORLD_WEIGHTS = ${JSON.stringify(toWeights(w))}`);
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s in all; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);
