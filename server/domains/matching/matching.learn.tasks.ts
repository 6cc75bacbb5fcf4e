import type { TwinGraph } from './matching.graph';
import { heldOutEdges } from './matching.eval';
import { partnerKinds } from './matching.kinds';
import type { Task } from './matching.learn';
import { recommend } from './matching.recommend';
import { fillSignals, SIGNALS, sourceContext, type Weights } from './matching.rules';

/** How a source's pool of candidates is drawn: the hard negatives of two simple rankers, and random ones. */
export interface PoolOptions {
  /** Top candidates of the recommender with every weight 1 (no fitted weight in it). */
  neutral: number;
  /** The most populous candidates. */
  populous: number;
  /** A uniform sample of the other candidates, each weighted to stand for its share of them. */
  random: number;
  seed: number;
}

export const POOL: PoolOptions = { neutral: 300, populous: 100, random: 600, seed: 20261207 };
const sizeOrders = new WeakMap<TwinGraph, number[][]>();

/** One side's candidates, most populous first (kept per graph: a task needs only its head). */
function bySize(g: TwinGraph, side: 0 | 1): number[] {
  let orders = sizeOrders.get(g);
  if (!orders) {
    const sorted = (ids: number[]) => [...ids].sort((a, b) => g.logPop[b]! - g.logPop[a]! || a - b);
    orders = [sorted(g.eu), sorted(g.turkish)];
    sizeOrders.set(g, orders);
  }
  return orders[side]!;
}

const NEUTRAL = Object.fromEntries(SIGNALS.map((s) => [s, 1])) as Weights;

/**
 * A leave-out task for the learner: with every copy of the source's twinnings in `hidden` taken out
 * of the graph, the signal vectors of a pool of candidates and which of them are the true partners
 * (`scored`). Candidates of the kinds the recommender would never offer are left out, as are the
 * source's unscored partners (neither true nor false). Null when no true partner can be offered.
 */
export function poolTask(g: TwinGraph, source: number, scored: ReadonlySet<number>, hidden: ReadonlySet<number>, opts: PoolOptions = POOL): Task | null {
  return g.without(heldOutEdges(g, source, hidden), () => {
    const kinds = partnerKinds(g.type[source]!);
    const side = g.isTurkish[source] ? g.eu : g.turkish;
    const excluded = new Set([source, ...g.neighbours[source]!]);
    const offer = (c: number) => c < g.n && g.isTurkish[c] !== g.isTurkish[source] && kinds.has(g.type[c]!) && !excluded.has(c) && (scored.has(c) || !hidden.has(c));
    const pool = new Set<number>([...scored].filter(offer));
    if (pool.size === 0) return null;
    for (const r of recommend(g, source, { k: opts.neutral, weights: NEUTRAL })) pool.add(r.index);
    const eligible = side.filter(offer);
    let populous = 0;
    for (const c of bySize(g, g.isTurkish[source] ? 0 : 1)) {
      if (populous >= opts.populous) break;
      if (!offer(c)) continue;
      pool.add(c);
      populous++;
    }
    const hard = [...pool].filter(offer);
    // The rest: a uniform sample without replacement, each standing for rest/m candidates.
    const inHard = new Set(hard);
    const rest = eligible.filter((c) => !inHard.has(c));
    let state = (opts.seed + source * 7919) % 2147483647 || 1;
    for (let i = rest.length - 1; i > 0 && rest.length - i <= opts.random; i--) {
      const j = (state = (state * 48271) % 2147483647) % (i + 1);
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    const sample = rest.slice(Math.max(0, rest.length - opts.random));
    const ids = [...hard, ...sample];
    const ctx = sourceContext(g, source);
    const features = ids.map((c) => {
      const x = new Float64Array(SIGNALS.length);
      fillSignals(g, ctx, c, { themes: 0, openRequest: 0 }, x);
      return x;
    });
    const multiplicity = Float64Array.from(ids, (_, i) => (i < hard.length ? 1 : rest.length / (sample.length || 1)));
    return { features, positives: ids.flatMap((c, i) => (scored.has(c) ? [i] : [])), multiplicity };
  });
}
