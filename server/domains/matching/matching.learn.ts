/**
 * A listwise (softmax) ranker fitted on leave-out tasks. A task is one source with a pool of
 * candidates, each a vector of signal values, and the pool indices of its true partners. The model
 * is the recommender's own score, w · x; for each true partner p it maximises
 *   log P(p) = w · x_p − log Σ_c exp(w · x_c)   over the pool without the task's other true partners,
 * (Σ weighted by each member's multiplicity), i.e. "the odds of being the partner are multiplied by e^w_i per unit of signal i" (a conditional
 * logit, as in a discrete-choice model). An L2 penalty pulls w towards a prior (0, or weights learnt
 * elsewhere), which keeps weights of rare signals small and lets a small data set refine a large one.
 */
export interface Task {
  /** Signal vectors of the pool, all of the same length. */
  features: Float64Array[];
  /** Pool indices of the true partners. */
  positives: number[];
  /**
   * How many candidates each pool member stands for in the normaliser (1 when absent): a uniform
   * sample of m out of the N ordinary candidates stands for N/m each, which keeps Σ exp(w · x) an
   * unbiased estimate of its value over every candidate. Without it, a pool rich in hard negatives
   * teaches the fit that what makes them hard (Turkish ties, say) counts against a candidate.
   */
  multiplicity?: Float64Array;
}

export interface FitOptions {
  /** L2 strength per task: the penalty is l2 · tasks · |w − prior|² / 2. */
  l2: number;
  prior?: Float64Array;
  iterations?: number;
  /** Signals the fit leaves at their prior value (never seen in the data, or not to be learnt). */
  frozen?: ReadonlySet<number>;
}

/** Mean negative log-likelihood of the tasks' true partners plus the L2 term, and its gradient. */
export function lossAndGradient(tasks: readonly Task[], w: Float64Array, opts: FitOptions): { loss: number; gradient: Float64Array } {
  const dim = w.length;
  const gradient = new Float64Array(dim);
  let loss = 0;
  let count = 0;
  for (const task of tasks) {
    const scores = task.features.map((x) => dot(w, x));
    for (const p of task.positives) {
      const others = new Set(task.positives.filter((q) => q !== p));
      let top = -Infinity;
      for (let c = 0; c < scores.length; c++) if (!others.has(c)) top = Math.max(top, scores[c]!);
      let sum = 0;
      const expected = new Float64Array(dim);
      for (let c = 0; c < scores.length; c++) {
        if (others.has(c)) continue;
        const e = (task.multiplicity?.[c] ?? 1) * Math.exp(scores[c]! - top);
        sum += e;
        const x = task.features[c]!;
        for (let i = 0; i < dim; i++) expected[i]! += e * x[i]!;
      }
      loss += top + Math.log(sum) - scores[p]!;
      const xp = task.features[p]!;
      for (let i = 0; i < dim; i++) gradient[i]! += expected[i]! / sum - xp[i]!;
      count++;
    }
  }
  const n = count || 1;
  for (let i = 0; i < dim; i++) {
    const d = w[i]! - (opts.prior?.[i] ?? 0);
    loss += (opts.l2 * d * d) / 2 * n;
    gradient[i]! += opts.l2 * d * n;
    if (opts.frozen?.has(i)) gradient[i] = 0;
  }
  return { loss: loss / n, gradient: gradient.map((v) => v / n) };
}

/**
 * Fit w by gradient descent with a backtracking (Armijo) step: the loss is convex, so this finds its
 * minimum; deterministic for the same tasks.
 */
export function fitSoftmax(tasks: readonly Task[], dim: number, opts: FitOptions): Float64Array {
  let w = Float64Array.from(opts.prior ?? new Float64Array(dim));
  let { loss, gradient } = lossAndGradient(tasks, w, opts);
  let step = 1;
  for (let it = 0; it < (opts.iterations ?? 200); it++) {
    const norm2 = gradient.reduce((s, g) => s + g * g, 0);
    if (norm2 < 1e-12) break;
    let next = w.map((v, i) => v - step * gradient[i]!);
    let trial = lossAndGradient(tasks, next, opts);
    while (trial.loss > loss - 0.5 * step * norm2 && step > 1e-8) {
      step /= 2;
      next = w.map((v, i) => v - step * gradient[i]!);
      trial = lossAndGradient(tasks, next, opts);
    }
    if (trial.loss > loss) break;
    [w, loss, gradient] = [next, trial.loss, trial.gradient];
    step *= 2;
  }
  return w;
}

/** Indices of the signals that are 0 for every candidate of every task: the data say nothing of them. */
export function silentSignals(tasks: readonly Task[], dim: number): Set<number> {
  const silent = new Set(Array.from({ length: dim }, (_, i) => i));
  for (const t of tasks) for (const x of t.features) for (const i of silent) if (x[i] !== 0) silent.delete(i);
  return silent;
}

function dot(w: Float64Array, x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i]! * x[i]!;
  return s;
}
