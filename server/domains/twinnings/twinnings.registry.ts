import type { AuthorityTwinning, TwinningSource, TwinningStatus } from '../../../shared/twinnings';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { twinningActivities } from './twinnings.activities.schema';
import { twinningsFingerprint } from './twinnings.figures';
import { REGISTRY_ORDER, turkishFirst } from './twinnings.order';
import { filterKey, registryPredicate, type RegistryEntry } from './twinnings.registry.rules';
import { twinnings } from './twinnings.schema';
import { activitiesByThemeYear, publiclyShown, type TwinningFilter } from './twinnings.service';

/** Every public twinning in registry order, with what the registry page's three reads derive from it. */
export interface RegistrySnapshot {
  entries: RegistryEntry[];
  activities: { theme: string; year: number; count: number }[];
}

/** Read the snapshot: the public twinnings in registry order (the database sorts, as the list always did) and their activities' themes. */
async function readSnapshot(db: Db): Promise<RegistrySnapshot> {
  const rows = await db.select().from(twinnings).where(publiclyShown()).orderBy(...REGISTRY_ORDER);
  const acts = await db.select({ id: twinningActivities.twinningId, themes: twinningActivities.themes }).from(twinningActivities);
  const themes = new Map<string, Set<string>>();
  for (const a of acts) for (const t of a.themes) (themes.get(a.id) ?? themes.set(a.id, new Set()).get(a.id)!).add(t);
  const none: ReadonlySet<string> = new Set();
  const entries = rows.map((r): RegistryEntry => {
    const status = r.status as TwinningStatus;
    const source = r.source as TwinningSource;
    const item = turkishFirst({
      id: r.id,
      a: { code: r.aCode, name: r.aName, country: r.aCountry, countryName: r.aCountryName },
      b: { code: r.bCode, name: r.bName, country: r.bCountry, countryName: r.bCountryName },
      status,
      since: r.sinceYear,
      source,
      sources: r.sources,
    });
    return { id: r.id, aCode: r.aCode, bCode: r.bCode, aCountry: r.aCountry, bCountry: r.bCountry, status, source, themes: themes.get(r.id) ?? none, item };
  });
  return { entries, activities: await activitiesByThemeYear(db) };
}

/**
 * How long a process serves its registry without asking the database whether twinnings changed (the
 * fingerprint scans the table: tens of milliseconds on the full data). Writes through this process
 * call invalidate() and are seen at once; another process's writes within this window.
 */
export const REGISTRY_RECHECK_MS = 2_000;

/** At most this many filters' derived figures are kept per snapshot. */
const MAX_DERIVED = 500;

/**
 * The public registry in memory, keyed by the twinnings' fingerprint (statsCache's pattern): after the
 * recheck window, or after invalidate(), the next read compares the fingerprint and re-reads only when
 * it changed. The fingerprint is read before the rows, so a write in between leaves a snapshot that
 * misses at the next check, never one kept as current; an invalidate() during a read makes the next
 * read check again. Readers that arrive during a check share it. Figures derived from a snapshot
 * (counts, map lines per filter) are kept with it and go with it.
 */
export class RegistryCache {
  private kept: { fingerprint: string; snapshot: RegistrySnapshot; checkedAt: number } | null = null;
  private inFlight: Promise<RegistrySnapshot> | null = null;
  private generation = 0;
  /** The generation the running (or queued) check was started for. */
  private inFlightFor = -1;
  /** Told of a change since the last check: readers wait for the check (they must see the write). */
  private told = false;
  private derived = new WeakMap<RegistrySnapshot, Map<string, unknown>>();

  constructor(
    private db: Db,
    private recheckMs = REGISTRY_RECHECK_MS,
  ) {}

  /** A twinning or an activity changed (here, or in another process that says so): check at the next read. */
  invalidate(): void {
    this.generation++;
    this.told = true;
  }

  /**
   * The snapshot, checked against the database after invalidate() (readers wait for it) or once the
   * window has passed (readers get the kept snapshot while it runs: a busy database must not stall
   * every map and list, and a lag allowed for the window is allowed for the check's time too).
   */
  snapshot(now = Date.now()): Promise<RegistrySnapshot> {
    if (this.kept && !this.told && now - this.kept.checkedAt < this.recheckMs) return Promise.resolve(this.kept.snapshot);
    // A check that began before the latest announced change may have read the data before it: one more follows it.
    if (!this.inFlight || (this.told && this.inFlightFor !== this.generation)) {
      const run = (this.inFlight?.catch(() => {}) ?? Promise.resolve()).then(() => this.refresh(now));
      this.inFlight = run;
      this.inFlightFor = this.generation;
      const done = () => this.inFlight === run && (this.inFlight = null);
      run.then(done, done);
    }
    if (this.kept && !this.told) {
      this.inFlight.catch(() => {}); // a failed check in the background is tried again by the next reader
      return Promise.resolve(this.kept.snapshot);
    }
    return this.inFlight;
  }

  /** Resolves once a check running in the background (if any) is done (for tests). */
  async checked(): Promise<void> {
    await this.inFlight?.catch(() => {});
  }

  /** The entries a filter admits, in registry order, and the snapshot they come from. */
  async filtered(f: TwinningFilter): Promise<{ rows: RegistryEntry[]; snapshot: RegistrySnapshot }> {
    const snapshot = await this.snapshot();
    return { rows: this.rowsOf(snapshot, f), snapshot };
  }

  /** A figure derived from the filter's entries, computed once per snapshot and filter. */
  async figure<T>(kind: string, f: TwinningFilter, compute: (rows: RegistryEntry[], snapshot: RegistrySnapshot) => T): Promise<T> {
    const snapshot = await this.snapshot();
    const rows = this.rowsOf(snapshot, f);
    return this.derive(snapshot, filterKey(kind, f), () => compute(rows, snapshot));
  }

  /**
   * The public twinnings of one authority, each seen from its side (what twinningsOf gives the public),
   * as `present` lays them out, kept with the snapshot.
   */
  async of<T>(code: string, present: (items: AuthorityTwinning[]) => T): Promise<T> {
    const snapshot = await this.snapshot();
    return this.derive(snapshot, JSON.stringify(['of', code]), () =>
      present(
        snapshot.entries
          .filter((e) => e.aCode === code || e.bCode === code)
          .map(({ item }) => ({ id: item.id, partner: item.a.code === code ? item.b : item.a, status: item.status, since: item.since, source: item.source, sources: item.sources })),
      ),
    );
  }

  private rowsOf(snapshot: RegistrySnapshot, f: TwinningFilter): RegistryEntry[] {
    return this.derive(snapshot, filterKey('rows', f), () => snapshot.entries.filter(registryPredicate(f)));
  }

  /** Kept per snapshot object, so a reader still holding an older snapshot never files its figures under a newer one. */
  private derive<T>(snapshot: RegistrySnapshot, key: string, compute: () => T): T {
    let kept = this.derived.get(snapshot);
    if (!kept || kept.size >= MAX_DERIVED) this.derived.set(snapshot, (kept = new Map()));
    if (kept.has(key)) return kept.get(key) as T;
    const value = compute();
    kept.set(key, value);
    return value;
  }

  private async refresh(now: number): Promise<RegistrySnapshot> {
    const generation = this.generation;
    const fingerprint = await twinningsFingerprint(this.db);
    if (this.kept?.fingerprint !== fingerprint) {
      const snapshot = await readSnapshot(this.db);
      this.kept = { fingerprint, snapshot, checkedAt: now };
    }
    this.kept.checkedAt = now;
    // An invalidate() while this ran may name a write the fingerprint missed: check again next time.
    this.told = generation !== this.generation;
    return this.kept.snapshot;
  }
}

const caches = new WeakMap<AppContext, RegistryCache>();

/** The registry cache of an app (one per context; the twinning writes and the cluster's change signals invalidate it). */
export function registryCache(ctx: AppContext): RegistryCache {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = new RegistryCache(ctx.db)));
  return cache;
}

/** Topic: public twinnings or their activities changed; every process drops its registry copy. */
export const REGISTRY_CHANGED = 'twinnings.registry';

/**
 * Twinnings or activities changed (after the commit): this process reads the registry afresh at once,
 * and so do the others on the notice (without it they would see the change within the 2 s recheck).
 */
export function registryChanged(ctx: AppContext): Promise<void> {
  registryCache(ctx).invalidate();
  return ctx.changes.publish(REGISTRY_CHANGED);
}

/** Follow the other processes' registry changes; a resync (notices may have been lost) drops the copy too. */
export function followRegistryChanges(ctx: AppContext): void {
  ctx.changes.subscribe(REGISTRY_CHANGED, () => registryCache(ctx).invalidate());
}
