// npm run bench:public — single public GETs, one at a time, on the full reference data: p50/p95/max
// and the response size of every public read the pages make (directory search, profiles,
// recommendations, the twinning registry page's three calls, the results page, projects, programmes,
// partner requests), beside /api/health. Issue 16 aims at p95 ≤ 50 ms for each on a quiet machine.
// BASE_URL targets a running server; else one is started (BENCH_DATA_DIR keeps its data folder between
// runs; DATABASE_URL for PostgreSQL). BENCH_N requests per route (default 40) after two warm-ups.
// Prints the load average beside every figure; asserts nothing.
import { percentile } from './lib';
import { closeSockets, load1, openTarget, timedGet } from './target';

const N = Number(process.env.BENCH_N ?? 40);

/** The public GETs of the pages, by name; a programme's id is read from the running platform. */
async function routes(url: string): Promise<[string, string][]> {
  const programmes = (await (await fetch(`${url}/api/programmes`)).json()) as { items?: { id: string }[] } | { id: string }[];
  const list = Array.isArray(programmes) ? programmes : (programmes.items ?? []);
  const programme = list[0]?.id;
  return [
    ['health (ceiling)', '/api/health'],
    ['search q=koln', '/api/authorities?q=koln&limit=20'],
    ['search q=istanbul', '/api/authorities?q=istanbul&limit=20'],
    ['search typo q=izmirr', '/api/authorities?q=izmirr&limit=20'],
    ['directory country=DE', '/api/authorities?country=DE&limit=20'],
    ['profile TR-BSB-34', '/api/authorities/TR-BSB-34'],
    ['profile DE_05315000', '/api/authorities/DE_05315000'],
    ['profile twinnings', '/api/authorities/TR-BSB-34/twinnings'],
    ['recommend TR-BSB-34 k=20', '/api/authorities/TR-BSB-34/recommendations?k=20'],
    ['recommend DE_05315000 k=20', '/api/authorities/DE_05315000/recommendations?k=20'],
    ['recommend TR-BSB-06 theme', '/api/authorities/TR-BSB-06/recommendations?k=20&theme=energy'],
    ['registry list limit=50', '/api/twinnings?scope=tr_eu&limit=50'],
    ['registry list page 3', '/api/twinnings?scope=tr_eu&limit=50&offset=100'],
    ['registry stats tr_eu', '/api/twinnings/stats?scope=tr_eu'],
    ['registry network tr_eu', '/api/twinnings/network?scope=tr_eu'],
    ['registry list country=DE', '/api/twinnings?scope=tr_eu&country=DE&limit=50'],
    ['registry stats country=DE', '/api/twinnings/stats?scope=tr_eu&country=DE'],
    ['registry network country=DE', '/api/twinnings/network?scope=tr_eu&country=DE'],
    ['registry network scope=all', '/api/twinnings/network?scope=all'],
    ['registry stats scope=all', '/api/twinnings/stats?scope=all'],
    ['results network active', '/api/twinnings/network?status=active&scope=all'],
    ['results /api/stats', '/api/stats'],
    ['projects (results)', '/api/projects'],
    ...(programme ? [['projects of a programme', `/api/projects?programme=${programme}`] as [string, string], ['programme page', `/api/programmes/${programme}`] as [string, string]] : []),
    ['programmes', '/api/programmes'],
    ['calls', '/api/calls'],
    ['partner requests', '/api/partner-requests'],
  ];
}

async function main(): Promise<void> {
  const target = await openTarget(3292);
  try {
    console.log(`bench:public — ${target.label}; ${N} sequential requests per route after 2 warm-ups`);
    console.log(`${'route'.padEnd(30)} ${'KB'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}  load`);
    for (const [name, path] of await routes(target.url)) {
      const url = `${target.url}${path}`;
      for (let i = 0; i < 2; i++) await timedGet(url);
      const ms: number[] = [];
      let bytes = 0;
      let bad = 0;
      for (let i = 0; i < N; i++) {
        const r = await timedGet(url);
        ms.push(r.ms);
        bytes = r.bytes;
        if (r.status !== 200) bad++;
      }
      ms.sort((a, b) => a - b);
      const f = (x: number) => x.toFixed(1).padStart(8);
      console.log(`${name.padEnd(30)} ${(bytes / 1024).toFixed(1).padStart(7)} ${f(percentile(ms, 50))} ${f(percentile(ms, 95))} ${f(ms.at(-1)!)}  ${load1()}${bad ? `  ${bad} not 200!` : ''}`);
    }
  } finally {
    closeSockets();
    await target.stop();
  }
}

await main();
