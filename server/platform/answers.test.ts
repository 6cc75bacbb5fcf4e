import { describe, expect, it } from 'vitest';
import { AnswerCache, answerOf } from './answers';
import { z } from 'zod';

const settled = () => new Promise((r) => setImmediate(r));

/** A cache over a fingerprint the test sets, counting the fingerprint reads and computations. */
function fixture(options = { recheckMs: 10_000, maxAnswers: 100 }) {
  const state = { fingerprint: 'v1', checks: 0, computed: 0 };
  const cache = new AnswerCache(async () => {
    state.checks++;
    return state.fingerprint;
  }, options);
  const read = (key: string, now = 0, expiresAt?: number) =>
    cache.answer(key, async () => ({ text: JSON.stringify({ key, n: ++state.computed }), expiresAt }), now).then((p) => JSON.parse(p.text) as { key: string; n: number });
  return { state, cache, read };
}

describe('kept public answers', () => {
  it('computes an answer once per key while the data stays the same, and checks the data only after the recheck window', async () => {
    const { state, read } = fixture();
    expect(await read('a')).toEqual({ key: 'a', n: 1 });
    expect(await read('a', 9_999)).toEqual({ key: 'a', n: 1 });
    expect(await read('b', 9_999)).toEqual({ key: 'b', n: 2 });
    expect(state.checks).toBe(1);
    state.fingerprint = 'v2'; // changed, and nobody said so
    // Past the window the kept answer goes out while the check runs; the answers after it are fresh.
    expect(await read('a', 10_000)).toEqual({ key: 'a', n: 1 });
    await settled();
    expect(state.checks).toBe(2);
    expect(await read('a', 10_001)).toEqual({ key: 'a', n: 3 });
  });

  it('after invalidate() checks at the next read, and drops every answer only when the data changed', async () => {
    const { state, cache, read } = fixture();
    await read('a');
    cache.invalidate();
    expect(await read('a', 1)).toEqual({ key: 'a', n: 1 }); // checked, unchanged: kept
    expect(state.checks).toBe(2);
    state.fingerprint = 'v2';
    expect(await read('a', 2)).toEqual({ key: 'a', n: 1 }); // not told yet, within the window
    cache.invalidate();
    expect(await read('a', 3)).toEqual({ key: 'a', n: 2 });
  });

  it('waits, after an announced change, for a check that began after it, not one already running', async () => {
    const gate: { open?: () => void } = {};
    let fingerprint = 'v1';
    let checks = 0;
    const cache = new AnswerCache(async () => {
      checks++;
      const seen = fingerprint; // read now, as a query would
      if (checks === 2) await new Promise<void>((r) => (gate.open = r));
      return seen;
    }, { recheckMs: 10_000, maxAnswers: 10 });
    let n = 0;
    const read = (now: number) => cache.answer('a', async () => ({ text: String(++n) }), now).then((p) => p.text);
    expect(await read(0)).toBe('1');
    cache.invalidate();
    const first = read(1); // its check reads v1 and then waits
    await settled();
    fingerprint = 'v2'; // a write commits while that check runs, and says so
    cache.invalidate();
    const second = read(2);
    gate.open!();
    expect(await first).toBe('1');
    expect(await second).toBe('2');
    expect(checks).toBe(3);
  });

  it('shares one computation between readers of a key, keeps no failure, and honours an answer that expires', async () => {
    const { state, cache, read } = fixture();
    const [x, y] = await Promise.all([read('a'), read('a')]);
    expect([x.n, y.n]).toEqual([1, 1]);
    await expect(cache.answer('bad', () => Promise.reject(new Error('404')), 0)).rejects.toThrow('404');
    expect(cache.size).toBe(1);
    expect(await read('t', 0, 100)).toEqual({ key: 't', n: 2 });
    expect(await read('t', 99, 100)).toEqual({ key: 't', n: 2 });
    expect(await read('t', 100, 100)).toEqual({ key: 't', n: 3 });
    expect(state.checks).toBe(1);
  });

  it('keeps at most maxAnswers, dropping the least recently used', async () => {
    const { read, cache } = fixture({ recheckMs: 10_000, maxAnswers: 2 });
    await read('a');
    await read('b');
    await read('a'); // a is now the most recently used
    await read('c'); // b goes
    expect(cache.size).toBe(2);
    expect((await read('a')).n).toBe(1);
    expect((await read('b')).n).toBe(4);
  });

  it('sends what the response schema sends: unknown fields dropped, a bad value refused', () => {
    const schema = z.object({ id: z.string() });
    expect(answerOf(schema, { id: 'x', secret: 1 } as { id: string }).text).toBe('{"id":"x"}');
    expect(() => answerOf(schema, { id: 1 } as unknown as { id: string })).toThrow();
  });
});
