import { sql } from 'drizzle-orm';
import type { AuthoritySummary } from '../../../shared/authorities';
import type { RecommendationQuery } from '../../../shared/matching';
import type { Db } from '../../platform/db';
import type { DirectoryIndex } from '../authorities/authorities.index';
import { authorities } from '../authorities/authorities.schema';
import { distanceKm } from '../authorities/geo';
import { twinningEdges } from '../twinnings/twinnings.service';
import { TwinGraph } from './matching.graph';
import { type Lang, reasonsFor } from './matching.reasons';
import { recommend } from './matching.recommend';
import { partnerRequests } from './matching.schema';

interface OpenRequest {
  authority: number;
  themes: string[];
  targetCountries: string[];
  authorityTypes: string[];
  minPopulation: number | null;
  maxPopulation: number | null;
}

/** Profiles' themes and open requests change on the platform; re-read them at most this often. */
const PLATFORM_TTL_MS = 30_000;

/**
 * Recommendations over the whole directory: the twinning graph in memory (rebuilt when twinnings
 * change) plus the platform's own signals (themes, open requests), refreshed every 30 s or at once
 * after a local change, so several replicas converge without a message bus.
 */
export class MatchingEngine {
  private themes = new Map<number, string[]>();
  private requests: OpenRequest[] = [];
  private loadedAt = 0;

  /** The graph being built or built; built on first use or by warm(), so start-up never waits for it. */
  private graph: Promise<TwinGraph> | null = null;

  private constructor(private directory: DirectoryIndex) {}

  /** An engine whose graph is built later (PGlite has one connection: a build at start would delay it). */
  static start(directory: DirectoryIndex): MatchingEngine {
    return new MatchingEngine(directory);
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

  /** Ranked candidates for an authority with reasons; hidden candidates left out. */
  async recommendations(db: Db, code: string, q: RecommendationQuery, hidden: Set<string>) {
    const g = await this.graphOf(db);
    await this.refresh(db, g);
    const source = g.index.get(code)!;
    const sourceThemes = new Set(q.theme ? [q.theme] : (this.themes.get(source) ?? []));
    const requestOf = new Map(this.requests.map((r) => [r.authority, r]));
    const fits = (c: number) => (q.theme ? (this.themes.get(c) ?? requestOf.get(c)?.themes ?? []).includes(q.theme) : true);
    const recs = recommend(g, source, {
      k: q.k,
      filter: { country: q.country, type: q.type, minPopulation: q.minPopulation, maxPopulation: q.maxPopulation },
      hidden: new Set([...hidden].map((h) => g.index.get(h)).filter((i): i is number => i !== undefined)),
      themes: (c) => overlap(sourceThemes, this.themes.get(c)),
      openRequest: (c) => requestFit(requestOf.get(c), this.directory.get(code)!, sourceThemes),
      only: (c) => fits(c) && (!q.onlyWithRequest || requestOf.has(c)),
    });
    const src = this.directory.get(code)!;
    const lang: Lang = q.lang ?? 'en';
    return recs.map((rec) => {
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
  }

  private async refresh(db: Db, g: TwinGraph): Promise<void> {
    if (Date.now() - this.loadedAt < PLATFORM_TTL_MS) return;
    const withThemes = await db
      .select({ code: authorities.code, themes: authorities.themes })
      .from(authorities)
      .where(sql`jsonb_array_length(${authorities.themes}) > 0`);
    const open = await db.select().from(partnerRequests).where(sql`${partnerRequests.status} = 'open'`);
    this.themes = new Map(withThemes.flatMap((r) => (g.index.has(r.code) ? [[g.index.get(r.code)!, r.themes] as const] : [])));
    this.requests = open.flatMap((r) => {
      const i = g.index.get(r.authorityCode);
      return i === undefined ? [] : [{ authority: i, themes: r.themes, targetCountries: r.targetCountries, authorityTypes: r.authorityTypes, minPopulation: r.minPopulation, maxPopulation: r.maxPopulation }];
    });
    this.loadedAt = Date.now();
  }
}

/** Share of the source's themes that the candidate lists too (0 when the source names none). */
export function overlap(source: Set<string>, candidate: string[] | undefined): number {
  if (source.size === 0 || !candidate) return 0;
  return candidate.filter((t) => source.has(t)).length / source.size;
}

/** How well a candidate's open request fits the source: 1 when country, type, size and themes fit. */
export function requestFit(r: OpenRequest | undefined, source: AuthoritySummary, themes: Set<string>): number {
  if (!r) return 0;
  const pop = source.population ?? 0;
  if (r.targetCountries.length && !r.targetCountries.includes(source.country)) return 0;
  if (r.authorityTypes.length && !r.authorityTypes.includes(source.type)) return 0;
  if ((r.minPopulation !== null && pop < r.minPopulation) || (r.maxPopulation !== null && pop > r.maxPopulation)) return 0;
  return themes.size === 0 || r.themes.some((t) => themes.has(t)) ? 1 : 0.5;
}

function km(a: AuthoritySummary, b: AuthoritySummary): number | null {
  return a.lat === null || a.lon === null || b.lat === null || b.lon === null ? null : distanceKm(a.lat, a.lon, b.lat, b.lon);
}
