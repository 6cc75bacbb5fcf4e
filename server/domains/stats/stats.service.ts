import type { Stats } from '../../../shared/stats';
import type { AppContext } from '../../platform/context';
import { fundedProjectRows, grantsFingerprint } from '../grants/grants.stats';
import { eventFigures, eventsFingerprint } from '../events/events.stats';
import { consultationsFingerprint, consultationsRun } from '../participation/participation.stats';
import { twinningFigureRows, twinningsFingerprint } from '../twinnings/twinnings.figures';
import { activitiesByThemeYear } from '../twinnings/twinnings.service';
import { authorityFigures, projectFigures, twinningFigures, type PlaceOf } from './stats.rules';

/** Bump when the figures' rules or shape change, so a process never serves figures of older rules. */
export const STATS_RULES_VERSION = 's2';

/** Where an authority of the directory is, for the projects' provinces and countries. */
const placeIn = (ctx: AppContext): PlaceOf => (code) => {
  const a = ctx.directory.get(code);
  return a && { country: a.country, province: a.country === 'TR' ? a.regionName : null };
};

/**
 * The fingerprint of everything the figures depend on: each owning domain's (a few aggregate
 * queries, well under a millisecond each on the full data) and the directory's size (the directory
 * is in memory and only grows by a reference load).
 */
export async function statsFingerprint(ctx: AppContext, now: Date): Promise<string> {
  const parts = [
    STATS_RULES_VERSION,
    String(ctx.directory.size),
    await twinningsFingerprint(ctx.db),
    await grantsFingerprint(ctx.db),
    await consultationsFingerprint(ctx.db, now),
    await eventsFingerprint(ctx.db, now),
  ];
  return parts.join('#');
}

/** Every figure of the dashboard, computed from the data now (no cache). */
export async function computeStats(ctx: AppContext, now: Date): Promise<Stats> {
  const twinningRows = await twinningFigureRows(ctx.db);
  const projectRows = await fundedProjectRows(ctx.db);
  return {
    ...authorityFigures(ctx.directory.all()),
    twinnings: twinningFigures(twinningRows),
    projects: projectFigures(projectRows, placeIn(ctx)),
    activitiesByThemeYear: await activitiesByThemeYear(ctx.db),
    events: await eventFigures(ctx.db, now),
    consultations: await consultationsRun(ctx.db, now),
    computedAt: now.toISOString(),
  };
}

/**
 * How long a process serves its figures without asking the database whether anything changed. The
 * fingerprint scans the tables it covers (about 32,000 twinnings on the full data: tens of
 * milliseconds on the embedded database, far more on a busy machine), too slow to read on every
 * request for a 50 ms aim; so a public page may lag a write by up to this long (and the check's time).
 */
export const STATS_RECHECK_MS = 2_000;

/** The figures of a process, and a way to wait for a check running in the background (for tests). */
export type StatsCache = ((now?: Date) => Promise<Stats>) & { checked(): Promise<void> };

/**
 * A per-process cache of the figures, keyed by the fingerprint: after the recheck window a request
 * starts a check of the fingerprint, which recomputes only when it differs from the cached one's, so
 * no write path has to invalidate anything, and processes behind a load balancer each keep their own
 * copy and see every other's writes through the database. While the check runs, requests get the kept
 * figures (a busy database must not stall the dashboard; a lag allowed for the window is allowed for
 * the check's time too); only the first request waits for the first figures. The fingerprint is read
 * before the data, so a write in between leaves a copy that misses next time, never one kept as
 * current. One check in flight, however many readers.
 */
export function statsCache(ctx: AppContext, recheckMs = STATS_RECHECK_MS): StatsCache {
  let kept: { fingerprint: string; stats: Stats; checkedAt: number } | null = null;
  let inFlight: Promise<Stats> | null = null;
  const refresh = async (now: Date): Promise<Stats> => {
    const fingerprint = await statsFingerprint(ctx, now);
    if (kept?.fingerprint === fingerprint) {
      kept.checkedAt = now.getTime();
      return kept.stats;
    }
    const fresh = await computeStats(ctx, now);
    kept = { fingerprint, stats: fresh, checkedAt: now.getTime() };
    return fresh;
  };
  const read = (now = new Date()): Promise<Stats> => {
    if (kept && now.getTime() - kept.checkedAt < recheckMs) return Promise.resolve(kept.stats);
    inFlight ??= refresh(now).finally(() => (inFlight = null));
    if (!kept) return inFlight;
    inFlight.catch(() => {}); // a failed check in the background is tried again by the next request
    return Promise.resolve(kept.stats);
  };
  return Object.assign(read, { checked: async () => void (await inFlight?.catch(() => {})) });
}

const caches = new WeakMap<AppContext, StatsCache>();

/** The figures cache of an app (one per context, shared by its routes). */
export function statsOf(ctx: AppContext): StatsCache {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = statsCache(ctx)));
  return cache;
}
