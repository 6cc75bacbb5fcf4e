import { sql } from 'drizzle-orm';
import type { AuthoritySummary } from '../../../shared/authorities';
import type { RecommendationQuery } from '../../../shared/matching';
import type { Db } from '../../platform/db';
import type { DirectoryIndex } from '../authorities/authorities.index';
import { authorities } from '../authorities/authorities.schema';
import { demoSeededThemeCodes } from '../authorities/authorities.service';
import { distanceKm } from '../authorities/geo';
import { projectThemesByAuthority } from '../grants/awards/grants.projects.service';
import { activityThemesByAuthority, twinningEdges } from '../twinnings/twinnings.service';
import { TwinGraph } from './matching.graph';
import { type Lang, reasonsFor } from './matching.reasons';
import { activeFilters, explainEmpty } from './matching.explain';
import { countCandidates, recommend } from './matching.recommend';
import { bestRequestFit, type OpenRequest, overlap } from './matching.fit';
import { partnerRequests } from './matching.schema';

/** Profiles' themes and open requests change on the platform; re-read them at most this often. */
const PLATFORM_TTL_MS = 30_000;

/**
 * Recommendations over the whole directory: the twinning graph in memory (rebuilt when twinnings
 * change) plus the platform's own signals (themes, open requests), refreshed every 30 s or at once
 * after a local change, so several replicas converge without a message bus.
 */
export class MatchingEngine {
  /** Each authority's themes: its profile's, its open requests', its awarded projects' and its twinning activities', together. */
  private themes = new Map<number, string[]>();
  /** Each authority's open requests (an authority may have several). */
  private requests = new Map<number, OpenRequest[]>();
  private loadedAt = 0;

  /** The graph being built or built; built on first use or by warm(), so start-up never waits for it. */
  private graph: Promise<TwinGraph> | null = null;

  private constructor(
    private directory: DirectoryIndex,
    /** Demo mode, read on each refresh: outside it, demo requests and demo-seeded themes do not count. */
    private demo: () => boolean,
  ) {}

  /** An engine whose graph is built later (PGlite has one connection: a build at start would delay it). */
  static start(directory: DirectoryIndex, demo: () => boolean = () => false): MatchingEngine {
    return new MatchingEngine(directory, demo);
  }

  /** Build the graph now, in the background (called once the platform listens). */
  warm(db: Db): void {
    this.graphOf(db).catch(() => {}); // a failed build surfaces on the first request that awaits it
  }

  private graphOf(db: Db): Promise<TwinGraph> {
    if (!this.graph) {
      this.graph = this.build(db);
      this.graph.catch(() => (this.graph = null)); // try again on the next request
    }
    return this.graph;
  }

  /** Rebuild the graph after twinnings changed. */
  async rebuild(db: Db): Promise<void> {
    const next = this.build(db);
    await next;
    this.graph = next;
    this.loadedAt = 0;
  }

  private async build(db: Db): Promise<TwinGraph> {
    return new TwinGraph(this.directory.all(), await twinningEdges(db));
  }

  /** Forget the cached platform signals (a profile or a request changed here). */
  invalidate(): void {
    this.loadedAt = 0;
  }

  /**
   * Ranked candidates for an authority with reasons; hidden candidates left out. An empty list under
   * filters comes with why: per filter, the candidates it leaves alone and those the others leave.
   */
  async recommendations(db: Db, code: string, q: RecommendationQuery, hidden: Set<string>) {
    const g = await this.graphOf(db);
    await this.refresh(db, g);
    const source = g.index.get(code)!;
    const sourceThemes = new Set(q.theme ? [q.theme] : (this.themes.get(source) ?? []));
    const src = this.directory.get(code)!;
    const hiddenIds = new Set([...hidden].map((h) => g.index.get(h)).filter((i): i is number => i !== undefined));
    const recs = recommend(g, source, {
      k: q.k,
      ...this.candidates(q, hiddenIds),
      themes: (c) => overlap(sourceThemes, this.themes.get(c)),
      openRequest: (c) => bestRequestFit(this.requests.get(c), src, sourceThemes),
    });
    const lang: Lang = q.lang ?? 'en';
    const items = recs.map((rec) => {
      const candidate = this.directory.get(g.codes[rec.index]!)!;
      const facts = {
        source: src,
        candidate,
        distanceKm: km(src, candidate),
        // "Already twinned with Turkish towns" for EU candidates; with EU towns for Turkish ones.
        turkishTies: g.isTurkish[source] ? g.turkishTies[rec.index]! : g.euTies[rec.index]!,
        sharedPartners: g.neighbours[source]!.filter((p) => g.neighbours[p]!.includes(rec.index)).length,
        sharedThemes: [...sourceThemes].filter((t) => this.themes.get(rec.index)?.includes(t)),
      };
      return { authority: candidate, score: Math.round(rec.score * 1000) / 1000, reasons: reasonsFor(rec, facts, lang) };
    });
    if (items.length || !activeFilters(q).length) return { items };
    return { items, empty: explainEmpty(q, (relaxed) => countCandidates(g, source, this.candidates(relaxed, hiddenIds))) };
  }

  /** Which candidates a query admits: the directory filters, the theme and "only with an open request". */
  private candidates(q: RecommendationQuery, hidden: ReadonlySet<number>) {
    return {
      filter: { country: q.country, type: q.type, minPopulation: q.minPopulation, maxPopulation: q.maxPopulation },
      hidden,
      only: (c: number) => (!q.theme || (this.themes.get(c)?.includes(q.theme) ?? false)) && (!q.onlyWithRequest || this.requests.has(c)),
    };
  }

  private async refresh(db: Db, g: TwinGraph): Promise<void> {
    if (Date.now() - this.loadedAt < PLATFORM_TTL_MS) return;
    const demo = this.demo();
    const seeded = demo ? new Set<string>() : await demoSeededThemeCodes(db);
    const withThemes = (
      await db
        .select({ code: authorities.code, themes: authorities.themes })
        .from(authorities)
        .where(sql`jsonb_array_length(${authorities.themes}) > 0`)
    ).filter((r) => !seeded.has(r.code));
    const open = await db.select().from(partnerRequests).where(demo ? sql`${partnerRequests.status} = 'open'` : sql`${partnerRequests.status} = 'open' AND NOT ${partnerRequests.demo}`);
    const requests = new Map<number, OpenRequest[]>();
    for (const r of open) {
      const i = g.index.get(r.authorityCode);
      if (i === undefined) continue;
      const request = { authority: i, themes: r.themes, targetCountries: r.targetCountries, authorityTypes: r.authorityTypes, minPopulation: r.minPopulation, maxPopulation: r.maxPopulation };
      (requests.get(i) ?? requests.set(i, []).get(i)!).push(request);
    }
    const themes = new Map<number, Set<string>>();
    const add = (i: number | undefined, list: readonly string[]) => {
      if (i !== undefined && list.length) for (const t of list) (themes.get(i) ?? themes.set(i, new Set()).get(i)!).add(t);
    };
    for (const r of withThemes) add(g.index.get(r.code), r.themes);
    for (const [i, list] of requests) for (const r of list) add(i, r.themes);
    // What a town has done says what it works on as much as what it declares.
    for (const p of await projectThemesByAuthority(db)) add(g.index.get(p.code), [p.theme]);
    for (const a of await activityThemesByAuthority(db)) add(g.index.get(a.code), a.themes);
    this.themes = new Map([...themes].map(([i, set]) => [i, [...set]]));
    this.requests = requests;
    this.loadedAt = Date.now();
  }
}

function km(a: AuthoritySummary, b: AuthoritySummary): number | null {
  return a.lat === null || a.lon === null || b.lat === null || b.lon === null ? null : distanceKm(a.lat, a.lon, b.lat, b.lon);
}
