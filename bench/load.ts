// npm run bench:load — a crowd on the platform (issue 16): a realistic mix of public reads (directory
// search, profiles, recommendations, the twinning registry page's three calls, public projects, a
// programme page, static pages) and signed-in writes (draft edits, messages), with autocannon, at 50
// and 200 connections (BENCH_CONNECTIONS, comma-separated) for 60 s each (BENCH_SECONDS for shorter
// trial runs). Before each mix, /api/health alone at the same connections gives the ceiling; it also
// runs inside the mix. Per route: requests/s, p50/p95/p99 and errors (failed connections, timeouts,
// answers other than 2xx), with the load average. BASE_URL targets a running server; else one is
// started on the embedded database (BENCH_DATA_DIR keeps its folder) or on DATABASE_URL.
// Benchmarks never run as tests; this asserts nothing.
import autocannon, { type Request } from 'autocannon';
import { percentile } from './lib';
import { conversationOf, draftOf, signIn } from './load.session';
import { load1, openTarget } from './target';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '50,200').split(',').map(Number);

interface Route {
  name: string;
  /** Share of the connections (at least one each). */
  weight: number;
  requests: Request[];
}

/** What a browser sends with every request: compressed answers are what the platform serves to people. */
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };
const get = (...paths: string[]): Request[] => paths.map((path) => ({ method: 'GET', path, headers: BROWSER }));

/** The mix, read from the running platform where it needs ids (a programme, a draft, a conversation). */
async function mix(base: string): Promise<Route[]> {
  const programmes = (await (await fetch(`${base}/api/programmes`)).json()) as { items: { id: string }[] };
  const programme = programmes.items[0]?.id;
  const html = await (await fetch(`${base}/`)).text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  const istanbul = await signIn(base, 'istanbul@twinbridge.demo');
  const koln = await signIn(base, 'koln@twinbridge.demo');
  const draft = await draftOf(base, istanbul);
  const conversation = await conversationOf(base, istanbul, koln, 'DE_05315000');
  const profiles = ['TR-BSB-34', 'DE_05315000', 'TR-BSB-06', 'TR-BSB-35', 'FR_75056', 'DE_11000000', 'NL_GM0363', 'TR-BSB-16'];
  return [
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
    {
      name: 'write: draft edit',
      weight: 2,
      requests: [{ method: 'PATCH', path: `/api/applications/${draft}`, headers: { ...BROWSER, ...istanbul.headers }, body: JSON.stringify({ content: { summaryEn: 'Benchmark draft: two towns share what they learnt about recycling.' } }) }],
    },
    {
      name: 'write: message',
      weight: 2,
      requests: [{ method: 'POST', path: `/api/conversations/${conversation}/messages`, headers: { ...BROWSER, ...istanbul.headers }, body: JSON.stringify({ body: 'Benchmark message: how about a visit in spring?' }) }],
    },
  ];
}

interface Figures {
  name: string;
  ms: number[];
  errors: number;
  seconds: number;
}

/** One autocannon per route, all at once, sharing `total` connections by weight. */
async function run(base: string, routes: Route[], total: number, seconds: number): Promise<Figures[]> {
  const weights = routes.reduce((s, r) => s + r.weight, 0);
  return Promise.all(
    routes.map(async (r) => {
      const ms: number[] = [];
      let bad = 0;
      const instance = autocannon({ url: base, connections: Math.max(1, Math.round((total * r.weight) / weights)), duration: seconds, requests: r.requests, timeout: 30 });
      instance.on('response', (_client, status, _bytes, time) => {
        ms.push(time);
        if (status < 200 || status >= 300) bad++;
      });
      const result = await instance;
      return { name: r.name, ms: ms.sort((a, b) => a - b), errors: bad + result.errors + result.timeouts, seconds: result.duration };
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
