import type { RecommendationQuery } from '../../../shared/matching';
import type { Db } from '../../platform/db';
import type { DirectoryIndex } from '../authorities/authorities.index';
import { activeFilters, explainEmpty, standingOf } from './matching.explain';
import { reasonFacts } from './matching.facts';
import { bestRequestFit, overlap } from './matching.fit';
import type { Edge, TwinGraph } from './matching.graph';
import { MatchingIndex, type PlatformSignals } from './matching.index';
import { type Lang, reasonsFor } from './matching.reasons';
import { countTables } from './matching.count';
import { countCandidates, recommend } from './matching.recommend';

/** How long a scheduled rebuild waits for further changes before it runs. */
export const REBUILD_DELAY_MS = 2_000;

/**
 * Recommendations over the whole directory. The engine coordinates: the index holds the twinning
 * graph and the platform's signals between requests (its repository reads them), the scan ranks, and
 * the facts builder gives the reasons what they quote.
 */
export class MatchingEngine {
  private constructor(
    private directory: DirectoryIndex,
    private index: MatchingIndex,
  ) {}

  /** An engine whose graph is built later (PGlite has one connection: a build at start would delay it). */
  static start(directory: DirectoryIndex, demo: () => boolean = () => false): MatchingEngine {
    return new MatchingEngine(directory, new MatchingIndex(() => directory.all(), demo, () => directory.codeOrder()));
  }

  /** Build the graph now, in the background (called once the platform listens); resolves when it is built or failed. */
  warm(db: Db): Promise<void> {
    // A failed build surfaces on the first request that awaits it. The count tables are sorted here
    // too, so the first answer after a start does not wait for them.
    return this.index.graphOf(db).then(
      (g) => void countTables(g),
      () => undefined,
    );
  }

  /** Rebuild the graph after twinnings changed. */
  async rebuild(db: Db): Promise<void> {
    await this.index.rebuild(db);
  }

  private rebuildTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Rebuild the graph soon, outside the request that changed a twinning (a build takes about half a
   * second on the full data): a burst of changes costs one build, and the old graph serves meanwhile.
   */
  scheduleRebuild(db: Db, delayMs = REBUILD_DELAY_MS): void {
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    this.rebuildTimer = setTimeout(() => {
      this.rebuildTimer = null;
      this.index.rebuild(db).catch(() => {}); // the old graph keeps serving; the next change tries again
    }, delayMs);
    this.rebuildTimer.unref();
  }

  /**
   * A twinning joined the graph (made public) or left it (ended): counted in place at once, no rebuild
   * in the request; only while no graph is built or a build runs does a background rebuild follow.
   */
  twinningChanged(db: Db, edge: Edge, joined: boolean): void {
    if (!this.index.changeInPlace((g) => (joined ? g.addEdge(edge) : g.removeEdge(edge)))) this.scheduleRebuild(db);
  }

  /** Forget the cached platform signals (a profile or a request changed here). */
  invalidate(): void {
    this.index.invalidate();
  }

  /**
   * Ranked candidates for an authority with reasons; hidden candidates left out. An empty list under
   * filters comes with why: per filter, the candidates it leaves alone and those the others leave.
   */
  async recommendations(db: Db, code: string, q: RecommendationQuery, hidden: Set<string>) {
    const g = await this.index.graphOf(db);
    const signals = await this.index.signals(db, g);
    // From here on nothing awaits: the answer belongs to this version of the graph and the signals.
    const key = JSON.stringify([code, q, [...hidden].sort()]);
    if (this.answers.version !== this.index.version || this.answers.kept.size >= MAX_ANSWERS) this.answers = { version: this.index.version, kept: new Map() };
    const known = this.answers.kept.get(key);
    if (known) return known;
    const answer = this.rank(g, signals, code, q, hidden);
    this.answers.kept.set(key, answer);
    return answer;
  }

  /** Answers already given, for the graph and signals they were ranked on (the same query, the same answer: it is deterministic). */
  private answers: { version: number; kept: Map<string, Recommendations> } = { version: -1, kept: new Map() };

  /** Rank afresh, past the kept answers (the evaluation and the cache's misses). */
  rank(g: TwinGraph, signals: PlatformSignals, code: string, q: RecommendationQuery, hidden: Set<string>) {
    const source = g.index.get(code)!;
    const sourceThemes = new Set(q.theme ? [q.theme] : (signals.themes.get(source) ?? []));
    const src = this.directory.get(code)!;
    const hiddenIds = new Set([...hidden].map((h) => g.index.get(h)).filter((i): i is number => i !== undefined));
    const recs = recommend(g, source, {
      k: q.k,
      ...candidates(signals, q, hiddenIds),
      themes: (c) => overlap(sourceThemes, signals.themes.get(c)),
      openRequest: (c) => bestRequestFit(signals.requests.get(c), src, sourceThemes),
      platform: platformCandidates(signals, sourceThemes),
    });
    const lang: Lang = q.lang ?? 'en';
    // One pass over the other side (no scoring) gives how many candidates the ranks are out of.
    const of = recs.length ? countCandidates(g, source, candidates(signals, q, hiddenIds)) : 0;
    const items = recs.map((rec, at) => {
      const candidate = this.directory.get(g.codes[rec.index]!)!;
      const sides = { source, candidate: rec.index, sourceAuthority: src, candidateAuthority: candidate };
      const facts = reasonFacts(g, sides, sourceThemes, signals.themes.get(rec.index));
      return { authority: candidate, score: Math.round(rec.score * 1000) / 1000, standing: standingOf(at + 1, of), reasons: reasonsFor(rec, facts, lang) };
    });
    if (items.length || !activeFilters(q).length) return { items };
    return { items, empty: explainEmpty(q, (relaxed) => countCandidates(g, source, candidates(signals, relaxed, hiddenIds))) };
  }
}

type Recommendations = ReturnType<MatchingEngine['rank']>;

/** Answers kept per version; past this many, the oldest go together (a crawler's walk must not grow the process). */
const MAX_ANSWERS = 5_000;

/** The candidates the platform's signals can lift: those with open requests, and with themes when the source has any to share. */
function platformCandidates(signals: PlatformSignals, sourceThemes: ReadonlySet<string>): Set<number> {
  const out = new Set(signals.requests.keys());
  if (sourceThemes.size) for (const c of signals.themes.keys()) out.add(c);
  return out;
}

/** Which candidates a query admits: the directory filters, the theme and "only with an open request". */
function candidates(signals: PlatformSignals, q: RecommendationQuery, hidden: ReadonlySet<number>) {
  return {
    filter: { country: q.country, type: q.type, minPopulation: q.minPopulation, maxPopulation: q.maxPopulation },
    hidden,
    ...(q.theme || q.onlyWithRequest
      ? {
          only: (c: number) => (!q.theme || (signals.themes.get(c)?.includes(q.theme) ?? false)) && (!q.onlyWithRequest || signals.requests.has(c)),
          // Every candidate `only` admits is among these, so counting reads them alone.
          among: [...(q.onlyWithRequest ? signals.requests : signals.themes).keys()],
        }
      : {}),
  };
}
