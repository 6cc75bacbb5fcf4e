// npm run bench:library -- [--entries N] [--searches N]: p95 of library searches (issue 14) over
// generated published entries in Turkish and English, through the route (app.inject: validation,
// SQL with the stored tsvector columns and their GIN indexes, snippets, serialisation). Runs on the
// test harness's database: in-memory PGlite, or PostgreSQL when DATABASE_URL is set. Prints the
// figures with the load average; never asserts a timing.
import os from 'node:os';
import { THEMES } from '../shared/themes';
import { SEARCH_LANGS } from '../shared/knowledge';
import { libraryEntries } from '../server/domains/knowledge/knowledge.schema';
import { testApp } from '../server/test/harness';
import { percentile, rng } from './lib';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? Number(args[at + 1]) : fallback;
};
const ENTRIES = arg('--entries', 2_000);
const SEARCHES = arg('--searches', 300);
const random = rng(14);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// Each entry is about one theme: its words come from that theme's vocabulary, a few words every
// entry shares (municipality, twinning…) and filler drawn from 600 made-up words, so a query word
// matches a realistic share of the library rather than all of it.
const TOPICS: { tr: string[]; en: string[] }[] = [
  { tr: ['çevre', 'doğa', 'yeşil', 'parklar'], en: ['environment', 'nature', 'green', 'parks'] },
  { tr: ['enerji', 'güneş', 'verimlilik', 'binalar'], en: ['energy', 'solar', 'efficiency', 'buildings'] },
  { tr: ['iklim', 'değişikliği', 'uyum', 'sel'], en: ['climate', 'change', 'adaptation', 'floods'] },
  { tr: ['akıllı', 'dijital', 'veri', 'ulaşım'], en: ['smart', 'digital', 'data', 'transport'] },
  { tr: ['atık', 'geri', 'dönüşüm', 'kompost'], en: ['waste', 'recycling', 'compost', 'collection'] },
  { tr: ['turizm', 'miras', 'ziyaretçiler', 'rotalar'], en: ['tourism', 'heritage', 'visitors', 'routes'] },
  { tr: ['gençlik', 'spor', 'öğrenciler', 'kulüpler'], en: ['youth', 'sports', 'students', 'clubs'] },
  { tr: ['kültür', 'festival', 'sanat', 'müzeler'], en: ['culture', 'festival', 'arts', 'museums'] },
  { tr: ['göç', 'uyum', 'mülteciler', 'dil'], en: ['migration', 'integration', 'refugees', 'language'] },
  { tr: ['kırsal', 'kalkınma', 'tarım', 'köyler'], en: ['rural', 'development', 'farming', 'villages'] },
];
const SHARED = {
  tr: ['belediye', 'belediyeler', 'belediyesi', 'kardeş', 'şehir', 'şehirler', 'proje', 'projeleri'],
  en: ['municipality', 'municipalities', 'twinning', 'twinnings', 'town', 'towns', 'project', 'projects'],
};
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ter',
  'san',
  'du',
  're',
  'vo',
  'lin',
  'pa',
  'ro',
  'tes',
  'ba',
  'nu',
  'fi',
];
const FILLER = Array.from({ length: 600 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join(''),
);
const QUERIES: Record<(typeof SEARCH_LANGS)[number], string[]> = {
  tr: [
    'belediyeler',
    'belediye',
    'şehirlerde',
    'kardeş şehir',
    'geri dönüşüm',
    'iklim',
    'gençlik projeleri',
    'kirsal kalkinma',
    'atık',
    'festivaller',
  ],
  en: [
    'twinnings',
    'municipality',
    'towns',
    'waste collection',
    'youth projects',
    'climate change',
    'recycling',
    'rural development',
    'museum',
    'refugees',
  ],
};
/** n words: about one in ten from the topic, one in twenty-five shared, the rest filler. */
function words(lang: 'tr' | 'en', topic: number, n: number): string {
  return Array.from({ length: n }, () => {
    const r = random();
    return r < 0.1 ? pick(TOPICS[topic]![lang]) : r < 0.14 ? pick(SHARED[lang]) : pick(FILLER);
  }).join(' ');
}

async function main() {
  const t = await testApp();
  try {
    const rows = Array.from({ length: ENTRIES }, (_, i) => {
      const topic = i % TOPICS.length;
      return {
        kind: pick(['guide', 'case_study', 'document'] as const),
        status: 'published',
        titleTr: words('tr', topic, 5),
        titleEn: words('en', topic, 5),
        summaryTr: words('tr', topic, 25),
        summaryEn: words('en', topic, 25),
        bodyTr: words('tr', topic, 150),
        bodyEn: words('en', topic, 150),
        themes: [THEMES[topic]!],
        country: pick(['TR', 'DE', 'FR', 'IT', 'NL']),
        year: 2000 + (i % 25),
        publishedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000),
      };
    });
    const loadStart = performance.now();
    for (let i = 0; i < rows.length; i += 200)
      await t.ctx.db.insert(libraryEntries).values(rows.slice(i, i + 200));
    const loadSeconds = (performance.now() - loadStart) / 1000;

    const urls = Array.from({ length: SEARCHES }, () => {
      const lang = pick(SEARCH_LANGS);
      const q = new URLSearchParams({ q: pick(QUERIES[lang]), lang });
      if (random() < 0.2) q.set('theme', pick(THEMES));
      return `/api/library?${q}`;
    });
    for (const url of urls.slice(0, 20)) await t.app.inject({ method: 'GET', url }); // warm-up
    const times: number[] = [];
    let hits = 0;
    for (const url of urls) {
      const start = performance.now();
      const res = await t.app.inject({ method: 'GET', url });
      times.push(performance.now() - start);
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      hits += (res.json() as { total: number }).total;
    }
    times.sort((a, b) => a - b);
    const db = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)';
    console.log(
      `library search on ${db}: ${ENTRIES} entries (loaded in ${loadSeconds.toFixed(1)} s), ${SEARCHES} searches, ${(hits / SEARCHES).toFixed(0)} matches per search on average`,
    );
    console.log(
      `  median ${percentile(times, 50).toFixed(1)} ms · p95 ${percentile(times, 95).toFixed(1)} ms · max ${times[times.length - 1]!.toFixed(1)} ms`,
    );
    console.log(
      `  load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} on ${os.cpus().length} cores`,
    );
  } finally {
    await t.close();
  }
}

void main();
