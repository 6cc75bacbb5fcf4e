import { describe, expect, it } from 'vitest';
import { fitSoftmax, lossAndGradient, silentSignals, type Task } from './matching.learn';

/** Tasks drawn from a known softmax model: each pool's true partner is sampled with P ∝ exp(w · x). */
function synthetic(w: number[], tasks: number, pool: number, seed = 7): Task[] {
  let state = seed;
  const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: tasks }, () => {
    const features = Array.from({ length: pool }, () => Float64Array.from(w, () => random()));
    const odds = features.map((x) => Math.exp(x.reduce((s, v, i) => s + v * w[i]!, 0)));
    let u = random() * odds.reduce((a, b) => a + b, 0);
    const positive = odds.findIndex((o) => (u -= o) <= 0);
    return { features, positives: [positive < 0 ? pool - 1 : positive] };
  });
}

describe('fitSoftmax', () => {
  it('recovers the weights that generated the choices', () => {
    const truth = [3, -2, 1, 0];
    const w = fitSoftmax(synthetic(truth, 1500, 40), 4, { l2: 1e-4 });
    truth.forEach((t, i) => expect(Math.abs(w[i]! - t)).toBeLessThan(0.4));
  });

  it('its gradient is the loss’s slope (checked against finite differences)', () => {
    const tasks = synthetic([1, 1], 20, 5);
    tasks[0]!.positives.push((tasks[0]!.positives[0]! + 1) % 5); // a source with two true partners
    const w = Float64Array.from([0.3, -0.7]);
    const opts = { l2: 0.1, prior: Float64Array.from([1, 0]) };
    const { gradient } = lossAndGradient(tasks, w, opts);
    for (let i = 0; i < 2; i++) {
      const up = Float64Array.from(w, (v, j) => (j === i ? v + 1e-5 : v));
      const down = Float64Array.from(w, (v, j) => (j === i ? v - 1e-5 : v));
      const slope = (lossAndGradient(tasks, up, opts).loss - lossAndGradient(tasks, down, opts).loss) / 2e-5;
      expect(gradient[i]).toBeCloseTo(slope, 5);
    }
  });

  it('stays near its prior under a strong penalty and leaves frozen signals alone', () => {
    const tasks = synthetic([3, -2], 200, 20);
    const prior = Float64Array.from([0.5, 0.5]);
    const strong = fitSoftmax(tasks, 2, { l2: 1000, prior });
    expect(Math.abs(strong[0]! - 0.5) + Math.abs(strong[1]! - 0.5)).toBeLessThan(0.01);
    const frozen = fitSoftmax(tasks, 2, { l2: 1e-4, prior, frozen: new Set([1]) });
    expect(frozen[1]).toBe(0.5);
    expect(frozen[0]).toBeGreaterThan(1.5);
  });

  it('names the signals that are zero in every pool', () => {
    const tasks: Task[] = [{ features: [Float64Array.from([0, 1, 0]), Float64Array.from([0, 0, 0.2])], positives: [0] }];
    expect([...silentSignals(tasks, 3)]).toEqual([0]);
  });
});

describe('multiplicity', () => {
  it('counts a sampled candidate as the candidates it stands for', () => {
    const x = (a: number, b: number) => Float64Array.from([a, b]);
    const copies: Task = { features: [x(1, 0), x(0, 1), x(0, 1), x(0, 1)], positives: [0] };
    const weighted: Task = { features: [x(1, 0), x(0, 1)], positives: [0], multiplicity: Float64Array.from([1, 3]) };
    const w = Float64Array.from([0.4, -0.2]);
    const [a, b] = [lossAndGradient([copies], w, { l2: 0 }), lossAndGradient([weighted], w, { l2: 0 })];
    expect(b.loss).toBeCloseTo(a.loss, 12);
    expect([...b.gradient].map((v, i) => v - a.gradient[i]!).every((d) => Math.abs(d) < 1e-12)).toBe(true);
  });
});
