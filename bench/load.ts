// npm run bench:load — a crowd on the platform (issue 16): a realistic mix of public reads (directory
// search, profiles, recommendations, the twinning registry page's three calls, public projects, a
// programme page, static pages) and signed-in writes (each writing connection an officer of its own
// town, editing its own draft and writing in its own conversation), with autocannon, at 50
// and 200 connections (BENCH_CONNECTIONS, comma-separated) for 60 s each (BENCH_SECONDS for shorter
// trial runs). Before each mix, /api/health alone at the same connections gives the ceiling; it also
// runs inside the mix. Per route: requests/s, p50/p95/p99 and errors (failed connections, timeouts,
// answers other than 2xx), with the load average. BASE_URL targets a running server; else one is
// started on the embedded database (BENCH_DATA_DIR keeps its folder) or on DATABASE_URL.
// Benchmarks never run as tests; this asserts nothing.
import autocannon, { type Request } from 'autocannon';
import { percentile } from './lib';
import { MAX_WRITERS, type Writer, writers } from './load.session';
import { load1, openTarget } from './target';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '50,200').split(',').map(Number);

interface Route {
  name: string;
  /** Share of the connections (at least one each). */
  weight: number;
  /** What every connection sends in turn; or, for writers, what connection `i` sends (its own rows). */
  requests: Request[] | ((connection: number) => Request[]);
}

/** Each kind of write has this share of the connections. */
const WRITE_WEIGHT = 2;

/** What a browser sends with every request: compressed answers are what the platform serves to people. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };
const get = (...paths: string[]): Request[] => paths.map((path) => ({ method: 'GET', path, headers: BROWSER }));

/** The mix, read from the running platform where it needs ids (a programme, the writers' drafts and conversations). */
async function mix(base: string): Promise<Route[]> {
  const programmes = (await (await fetch(`${base}/api/programmes`)).json()) as { items: { id: string }[] };
  const programme = programmes.items[0]?.id;
  const html = await (await fetch(`${base}/`)).text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  const profiles = ['TR-BSB-34', 'DE_05315000', 'TR-BSB-06', 'TR-BSB-35', 'FR_75056', 'DE_11000000', 'NL_GM0363', 'TR-BSB-16'];
  const reads: Route[] = [
    { name: 'health (in the mix)', weight: 1, requests: get('/api/health') },
    { name: 'directory search', weight: 8, requests: get('/api/authorities?q=koln&limit=20', '/api/authorities?q=istanbul&limit=20', '/api/authorities?q=izmirr&limit=20', '/api/authorities?country=DE&type=municipality&limit=20', '/api/authorities?q=paris&limit=20') },
    { name: 'profile', weight: 8, requests: get(...profiles.map((c) => `/api/authorities/${c}`), ...profiles.slice(0, 3).map((c) => `/api/authorities/${c}/twinnings`)) },
    { name: 'recommendations k=20', weight: 4, requests: get(...profiles.slice(0, 4).map((c) => `/api/authorities/${c}/recommendations?k=20`)) },
    { name: 'registry list limit=50', weight: 3, requests: get('/api/twinnings?scope=tr_eu&limit=50', '/api/twinnings?scope=tr_eu&limit=50&offset=50', '/api/twinnings?scope=tr_eu&country=DE&limit=50') },
    { name: 'registry stats', weight: 3, requests: get('/api/twinnings/stats?scope=tr_eu', '/api/twinnings/stats?scope=tr_eu&country=DE') },
    { name: 'registry network', weight: 3, requests: get('/api/twinnings/network?scope=tr_eu', '/api/twinnings/network?scope=tr_eu&country=DE') },
    { name: 'public projects', weight: 3, requests: get('/api/projects', ...(programme ? [`/api/projects?programme=${programme}`] : [])) },
    ...(programme ? [{ name: 'programme page', weight: 2, requests: get(`/api/programmes/${programme}`, '/api/programmes', '/api/stats') }] : []),
    { name: 'static pages', weight: 4, requests: get('/', '/twinnings', '/authorities/TR-BSB-34', ...(script ? [script] : [])) },
  ];
  // As many writers as the largest phase gives a kind of write connections: each connection its own.
  const total = reads.reduce((n, r) => n + r.weight, 0) + 2 * WRITE_WEIGHT;
  const needed = Math.max(...CONNECTIONS.map((c) => share(c, WRITE_WEIGHT, total)));
  const people = await writers(base, Math.min(needed, MAX_WRITERS));
  const of = (i: number): Writer => people[i % people.length]!;
  const headers = (w: Writer) => ({ ...BROWSER, ...w.session.headers });
  return [
    ...reads,
    {
      name: 'write: draft edit',
      weight: WRITE_WEIGHT,
      requests: (i) => [{ method: 'PATCH', path: `/api/applications/${of(i).draft}`, headers: headers(of(i)), body: JSON.stringify({ content: { summaryEn: 'Benchmark draft: two towns share what they learnt about recycling.' } }) }],
    },
    {
      name: 'write: message',
      weight: WRITE_WEIGHT,
      requests: (i) => [{ method: 'POST', path: `/api/conversations/${of(i).conversation}/messages`, headers: headers(of(i)), body: JSON.stringify({ body: 'Benchmark message: how about a visit in spring?' }) }],
    },
  ];
}

/** A route's share of `total` connections by weight, at least one. */
const share = (connections: number, weight: number, total: number): number => Math.max(1, Math.round((connections * weight) / total));

interface Figures {
  name: string;
  ms: number[];
  errors: number;
  seconds: number;
}

/** One autocannon per route, all at once, sharing `total` connections by weight; a writers' route runs one per connection. */
async function run(base: string, routes: Route[], total: number, seconds: number): Promise<Figures[]> {
  const weights = routes.reduce((s, r) => s + r.weight, 0);
  return Promise.all(
    routes.map(async (r) => {
      const ms: number[] = [];
      let bad = 0;
      const connections = share(total, r.weight, weights);
      const sets = typeof r.requests === 'function' ? Array.from({ length: connections }, (_, i) => (r.requests as (i: number) => Request[])(i)) : [r.requests];
      const results = await Promise.all(
        sets.map(async (requests) => {
          const instance = autocannon({ url: base, connections: sets.length > 1 ? 1 : connections, duration: seconds, requests, timeout: 30 });
          instance.on('response', (_client, status, _bytes, time) => {
            ms.push(time);
            if (status < 200 || status >= 300) bad++;
          });
          return instance;
        }),
      );
      const errors = results.reduce((n, x) => n + x.errors + x.timeouts, bad);
      return { name: r.name, ms: ms.sort((a, b) => a - b), errors, seconds: Math.max(...results.map((x) => x.duration)) };
    }),
  );
}

function print(rows: Figures[], load: string): void {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–').padStart(7);
  for (const r of rows) {
    const perSecond = (r.ms.length / r.seconds).toFixed(0).padStart(8);
    console.log(`  ${r.name.padEnd(24)} ${perSecond} ${f(percentile(r.ms, 50))} ${f(percentile(r.ms, 95))} ${f(percentile(r.ms, 99))} ${String(r.errors).padStart(7)}  ${load}`);
  }
}

async function main(): Promise<void> {
  const target = await openTarget(3293);
  try {
    const routes = await mix(target.url);
    console.log(`bench:load — ${target.label}; ${SECONDS} s per phase`);
    for (const connections of CONNECTIONS) {
      console.log(`\n${connections} connections   ${'route'.padEnd(10)}     req/s  p50 ms  p95 ms  p99 ms  errors  load`);
      const ceiling = await run(target.url, [{ name: 'health alone (ceiling)', weight: 1, requests: get('/api/health') }], connections, Math.min(SECONDS, 15));
      print(ceiling, load1());
      const rows = await run(target.url, routes, connections, SECONDS);
      print(rows, load1());
    }
  } finally {
    await target.stop();
  }
}

await main();
