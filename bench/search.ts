// npm run bench:search — first-start load, restart, peak RSS and directory search latency on the
// full reference data and the embedded database. Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, rng, startServer } from './lib';
import { searchWords } from './words';

const PORT = 3290;
const N = 300;

/** 300 realistic searches: real names, prefixes, typos, and filters with and without text. */
function queries(): string[] {
  const random = rng(20261128);
  const { pick, name: nextName, typo } = searchWords(random);
  const countries = ['TR', 'DE', 'FR', 'IT', 'ES', 'GR', 'PL', 'NL', 'BG', 'RO'];
  const out: string[] = [];
  while (out.length < N) {
    const name = nextName();
    const kind = out.length % 6;
    const p = new URLSearchParams();
    if (kind === 0) p.set('q', name);
    if (kind === 1) p.set('q', name.slice(0, 3 + Math.floor(random() * 3)));
    if (kind === 2) p.set('q', typo(name.toLowerCase()));
    const set = (entries: Record<string, string>) => Object.entries(entries).forEach(([k, v]) => p.set(k, v));
    if (kind === 3) set({ q: name.slice(0, 4), country: pick(countries) });
    if (kind === 4) set({ country: pick(countries), minPopulation: '10000', maxPopulation: '500000', sort: 'name' });
    if (kind === 5) set({ near: `${(36 + random() * 20).toFixed(2)},${(-5 + random() * 40).toFixed(2)}`, radiusKm: '50' });
    out.push(`/api/authorities?${p}`);
  }
  return out;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-bench-'));
  try {
    const first = await startServer(dataDir, PORT);
    await first.stop();
    const server = await startServer(dataDir, PORT);
    const list = queries();
    for (const url of list.slice(0, 30)) await fetch(server.url + url); // warm-up
    const times: number[] = [];
    for (const url of list) {
      const t = performance.now();
      const res = await fetch(server.url + url);
      await res.arrayBuffer();
      times.push(performance.now() - t);
      if (!res.ok) throw new Error(`${url} → ${res.status}`);
    }
    times.sort((a, b) => a - b);
    console.log('bench:search (embedded PGlite, full reference data, HTTP round trip on loopback)');
    console.log(`  first start (load ${'97,984'} authorities): ${first.startSeconds.toFixed(1)} s`);
    console.log(`  restart:                                 ${server.startSeconds.toFixed(1)} s`);
    console.log(`  peak RSS:                                ${server.peakRssMb().toFixed(0)} MB`);
    console.log(`  ${N} searches: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
    await server.stop();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
