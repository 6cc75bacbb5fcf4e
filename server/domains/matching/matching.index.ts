import type { AuthoritySummary } from '../../../shared/authorities';
import type { Db } from '../../platform/db';
import type { CodeLookup } from './matching.codes';
import { TwinGraph } from './matching.graph';
import type { OpenRequest } from './matching.fit';
import { graphEdges, type PlatformSignalRows, platformSignalRows } from './matching.repository';

/** Profiles' themes and open requests change on the platform; re-read them at most this often. */
const PLATFORM_TTL_MS = 30_000;

/** The platform's signals by graph index: each authority's themes (all sources together) and open requests. */
export interface PlatformSignals {
  themes: Map<number, string[]>;
  requests: Map<number, OpenRequest[]>;
}

/**
 * What the recommendations keep between requests: the twinning graph (built on first use, rebuilt when
 * twinnings change) and the platform's signals, re-read at once after a change in this process or a
 * notice of one in another (matching.changes.ts), and every 30 s in any case.
 */
export class MatchingIndex {
  /** Each authority's themes: its profile's, its open requests', its awarded projects' and its twinning activities', together. */
  private themes = new Map<number, string[]>();
  /** Each authority's open requests (an authority may have several). */
  private requests = new Map<number, OpenRequest[]>();
  private loadedAt = 0;
  /** The signals' rows as last read, to tell a re-read that changed something from one that did not. */
  private signature = '';
  /** Bumped whenever what the recommendations read changes: a new graph, or signals that differ. */
  version = 0;

  /** The graph being built or built; built on first use or by warm(), so start-up never waits for it. */
  private graph: Promise<TwinGraph> | null = null;

  constructor(
    private directory: () => readonly AuthoritySummary[],
    /** Demo mode, read on each refresh: outside it, demo requests and demo-seeded themes do not count. */
    private demo: () => boolean,
    /** The directory's entries in code order, when it keeps them (the graph then sorts no codes). */
    private codeOrder: () => Int32Array | undefined = () => undefined,
  ) {}

  /** The graph in use once built, and how many builds are running (changeInPlace waits for neither). */
  private installed: TwinGraph | null = null;
  private building = 0;

  /** The graph, built now if it is not yet; a failed build is tried again on the next call. */
  graphOf(db: Db): Promise<TwinGraph> {
    if (!this.graph) {
      const next = this.build(db);
      this.graph = next;
      next.then((g) => this.graph === next && (this.installed = g), () => (this.graph = null)); // a failure: try again on the next request
    }
    return this.graph;
  }

  /** Rebuild the graph after twinnings changed; the old one serves until the new one is ready. */
  async rebuild(db: Db): Promise<void> {
    const next = this.build(db);
    this.installed = await next;
    this.graph = next;
    this.loadedAt = 0;
    this.version++;
  }

  /**
   * Change the graph in use in place (a twinning joined or left it), with no rebuild; false when no
   * graph is built yet or a build is running (its rows may predate the change: the caller rebuilds).
   */
  changeInPlace(change: (g: TwinGraph) => boolean): boolean {
    if (!this.installed || this.building > 0) return false;
    if (change(this.installed)) this.version++;
    return true;
  }

  /** Forget the cached platform signals (a profile or a request changed here). */
  invalidate(): void {
    this.loadedAt = 0;
  }

  /** The platform's signals for graph `g`, re-read when older than the TTL or invalidated. */
  async signals(db: Db, g: TwinGraph): Promise<PlatformSignals> {
    if (Date.now() - this.loadedAt >= PLATFORM_TTL_MS) {
      const rows = await platformSignalRows(db, this.demo());
      const signature = JSON.stringify(rows);
      if (signature !== this.signature) {
        const next = platformSignals(g.index, rows);
        this.themes = next.themes;
        this.requests = next.requests;
        this.signature = signature;
        this.version++;
      }
      this.loadedAt = Date.now();
    }
    return { themes: this.themes, requests: this.requests };
  }

  private async build(db: Db): Promise<TwinGraph> {
    this.building++;
    try {
      const edges = await graphEdges(db);
      const directory = this.directory();
      return new TwinGraph(directory, edges, undefined, this.codeOrder());
    } finally {
      this.building--;
    }
  }
}

/** The signals' rows by graph index; rows of authorities outside the graph are left out. */
export function platformSignals(index: CodeLookup, rows: PlatformSignalRows): PlatformSignals {
  const requests = new Map<number, OpenRequest[]>();
  for (const r of rows.openRequests) {
    const i = index.get(r.authorityCode);
    if (i === undefined) continue;
    const request = { authority: i, themes: r.themes, targetCountries: r.targetCountries, authorityTypes: r.authorityTypes, minPopulation: r.minPopulation, maxPopulation: r.maxPopulation };
    (requests.get(i) ?? requests.set(i, []).get(i)!).push(request);
  }
  const themes = new Map<number, Set<string>>();
  const add = (i: number | undefined, list: readonly string[]) => {
    if (i !== undefined && list.length) for (const t of list) (themes.get(i) ?? themes.set(i, new Set()).get(i)!).add(t);
  };
  for (const r of rows.profiles) add(index.get(r.code), r.themes);
  for (const [i, list] of requests) for (const r of list) add(i, r.themes);
  // What a town has done says what it works on as much as what it declares.
  for (const p of rows.projects) add(index.get(p.code), [p.theme]);
  for (const a of rows.activities) add(index.get(a.code), a.themes);
  return { themes: new Map([...themes].map(([i, set]) => [i, [...set]])), requests };
}
