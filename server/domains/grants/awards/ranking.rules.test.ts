import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIE_BREAKS } from '../../../../shared/grants';
import { allocate, type AwardState, type Candidate, promoteFromReserve, rank, RETIRED_TIE_BREAKS } from './ranking.rules';

const cand = (id: string, total: number, more: Partial<Candidate> = {}): Candidate => ({
  id, total, passed: true, theme: 'energy', sections: {}, submittedAt: '2018-05-01T10:00:00+03:00', requestedGrantCents: 100, ...more,
});
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const ALL = ['unfunded_theme_first', 'section_score'] as const;

describe('rank', () => {
  it('ranks only passed candidates, total descending, numbering from 1', () => {
    const out = rank([cand('a', 50), cand('b', 70, { passed: false }), cand('c', 60)], ALL, 'relevance');
    expect(out.map((c) => [c.id, c.rank])).toEqual([['c', 1], ['a', 2]]);
  });
  it('unfunded theme first is judged greedily against those already placed', () => {
    const out = rank(
      [cand('a1', 80, { theme: 'env' }), cand('a2', 80, { theme: 'env' }), cand('a3', 80, { theme: 'energy' }), cand('top', 90, { theme: 'culture' })],
      ['unfunded_theme_first'], null,
    );
    // No env or energy above at first, so a1 wins on id; once a1 placed env, a3 (energy) beats a2.
    expect(ids(out)).toEqual(['top', 'a1', 'a3', 'a2']);
  });
  it('then the tie-break section, descending', () => {
    const c = [cand('a', 80, { sections: { relevance: 20 } }), cand('b', 80, { sections: { relevance: 25 } })];
    expect(ids(rank(c, ALL, 'relevance'))).toEqual(['b', 'a']);
    expect(ids(rank(c, ALL, null))).toEqual(['a', 'b']); // no section named: skipped, falls to id
  });
  it('never ranks by submission time: equal treatment of everything received by the deadline', () => {
    expect(TIE_BREAKS).not.toContain('earlier_submission');
    expect(RETIRED_TIE_BREAKS).toEqual(['earlier_submission']);
    // b came in two hours earlier; with every tie-break offered, the tie still falls to the neutral id order.
    const c = [cand('a', 80, { submittedAt: '2018-05-01T08:00:00+00:00' }), cand('b', 80, { submittedAt: '2018-05-01T10:00:00+03:00' })];
    expect(ids(rank(c, TIE_BREAKS, null))).toEqual(['a', 'b']);
  });
  it('tie-breaks apply in the call order, and id settles exact ties', () => {
    const c = [
      cand('b', 80, { theme: 'env', sections: { r: 1 } }),
      cand('a', 80, { theme: 'env', sections: { r: 1 } }),
      cand('c', 80, { sections: { r: 9 } }),
    ];
    expect(ids(rank(c, ['section_score', 'unfunded_theme_first'], 'r'))).toEqual(['c', 'a', 'b']);
    const first = cand('x', 90, { theme: 'energy' });
    // x takes energy, so a (env) beats c; then env is taken too and the section decides: c before b.
    expect(ids(rank([first, ...c], ['unfunded_theme_first', 'section_score'], 'r'))).toEqual(['x', 'a', 'c', 'b']);
    expect(ids(rank([first, ...c], ['section_score', 'unfunded_theme_first'], 'r'))).toEqual(['x', 'c', 'a', 'b']);
    expect(ids(rank([first, ...c], [], 'r'))).toEqual(['x', 'a', 'b', 'c']);
  });
  it('property: a permutation of the ranked, in non-increasing total, whatever the input order', () => {
    const arb = fc.uniqueArray(
      fc.record({
        id: fc.string({ maxLength: 3 }), total: fc.nat(5), passed: fc.boolean(), theme: fc.constantFrom('a', 'b'),
        r: fc.nat(2), day: fc.integer({ min: 10, max: 12 }),
      }),
      { selector: (c) => c.id, maxLength: 12 },
    ).map((xs) =>
      xs.map((x) => cand(x.id, x.total, { passed: x.passed, theme: x.theme, sections: { r: x.r }, submittedAt: `2018-05-${x.day}T00:00:00Z` })),
    );
    fc.assert(
      fc.property(arb, fc.shuffledSubarray([...ALL]), (cs, tbs) => {
        const out = rank(cs, tbs, 'r');
        expect(ids(out).sort()).toEqual(ids(cs.filter((c) => c.passed)).sort());
        out.forEach((c, i) => i > 0 && expect(c.total).toBeLessThanOrEqual(out[i - 1]!.total));
        expect(ids(rank([...cs].reverse(), tbs, 'r'))).toEqual(ids(out));
      }),
    );
  });
});

const req = (id: string, cents: number) => cand(id, 0, { requestedGrantCents: cents });

describe('allocate', () => {
  it('exactly the budget is awarded in full', () => {
    expect(allocate([req('a', 60), req('b', 40)], 100, 10, 60)).toEqual({ awarded: ['a', 'b'], reserve: [], excluded: [], committedCents: 100, leftCents: 0 });
  });
  it('a candidate that does not fit goes to reserve and the next fitting one is funded', () => {
    expect(allocate([req('a', 60), req('b', 50), req('c', 40), req('d', 1)], 100, 1, 60)).toEqual({
      awarded: ['a', 'c'], reserve: ['b', 'd'], excluded: [], committedCents: 100, leftCents: 0,
    });
  });
  it('counts money already committed', () => {
    expect(allocate([req('a', 60), req('b', 30)], 100, 1, 60, 50)).toMatchObject({ awarded: ['b'], reserve: ['a'], committedCents: 80, leftCents: 20 });
  });
  it('excludes requests outside min/max or not whole cents', () => {
    expect(allocate([req('lo', 9), req('hi', 61), req('frac', 20.5), req('ok', 10)], 100, 10, 60)).toMatchObject({
      awarded: ['ok'], excluded: ['lo', 'hi', 'frac'],
    });
  });
});

const MIN = 10;
const MAX = 100;
const scenario = fc.record({
  grants: fc.array(fc.integer({ min: MIN, max: MAX }), { maxLength: 15 }),
  budget: fc.integer({ min: 1, max: 600 }),
  alreadyPct: fc.integer({ min: 0, max: 100 }),
});
const setup = ({ grants, budget, alreadyPct }: { grants: number[]; budget: number; alreadyPct: number }) => {
  const ranked = grants.map((g, i) => req(`c${String(i).padStart(2, '0')}`, g));
  const already = Math.floor((budget * alreadyPct) / 100);
  return { ranked, already, grantOf: new Map(ranked.map((c) => [c.id, c.requestedGrantCents])) };
};
const total = (list: string[], grantOf: Map<string, number>) => list.reduce((s, id) => s + grantOf.get(id)!, 0);

describe('property: allocation', () => {
  it('never over budget, grants within min/max, partition of the ranking, no fitting higher one skipped', () => {
    fc.assert(
      fc.property(scenario, (sc) => {
        const { ranked, already, grantOf } = setup(sc);
        const out = allocate(ranked, sc.budget, MIN, MAX, already);
        expect(out.committedCents).toBe(already + total(out.awarded, grantOf));
        expect(out.committedCents).toBeLessThanOrEqual(sc.budget);
        expect(out.leftCents).toBe(sc.budget - out.committedCents);
        for (const id of out.awarded) expect(grantOf.get(id)).toSatisfy((g: number) => g >= MIN && g <= MAX);
        expect(out.excluded).toEqual([]);
        expect([...out.awarded, ...out.reserve].sort()).toEqual(ids(ranked));
        // Each reserve candidate did not fit in what was left when the scan reached it.
        let used = already;
        for (const c of ranked) {
          if (out.awarded.includes(c.id)) used += c.requestedGrantCents;
          else expect(used + c.requestedGrantCents).toBeGreaterThan(sc.budget);
        }
        for (const id of out.reserve) expect(grantOf.get(id)!).toBeGreaterThan(out.leftCents);
      }),
    );
  });

  it('promotion after any sequence of declines keeps the budget and the partition, and leaves no fitting reserve', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.nat(), { maxLength: 8 }), (sc, picks) => {
        const { ranked, already, grantOf } = setup(sc);
        let state: AwardState = { budgetCents: sc.budget, ranked, ...allocate(ranked, sc.budget, MIN, MAX, already) };
        const gone: string[] = [];
        for (const p of picks) {
          const live = [...state.awarded, ...state.reserve];
          if (live.length === 0) break;
          const who = live[p % live.length]!;
          const wasAwarded = state.awarded.includes(who);
          const res = promoteFromReserve(state, who);
          if (!res.ok) throw new Error(res.reason.message);
          expect(res.freedCents).toBe(wasAwarded ? grantOf.get(who) : 0);
          state = res.state;
          gone.push(who);
          expect(state.committedCents).toBe(already + total(state.awarded, grantOf));
          expect(state.committedCents).toBeLessThanOrEqual(sc.budget);
          expect(state.leftCents).toBe(sc.budget - state.committedCents);
          expect([...state.awarded, ...state.reserve, ...gone].sort()).toEqual(ids(ranked));
          for (const id of state.reserve) expect(grantOf.get(id)!).toBeGreaterThan(state.leftCents);
          for (const id of res.promoted) expect(state.awarded).toContain(id);
        }
      }),
    );
  });
});

describe('promoteFromReserve', () => {
  const ranked = [req('a', 60), req('b', 50), req('c', 40), req('d', 10)];
  const state: AwardState = { budgetCents: 100, ranked, ...allocate(ranked, 100, 1, 60) };
  it('starts from a, c awarded and b, d in reserve', () => expect(state).toMatchObject({ awarded: ['a', 'c'], reserve: ['b', 'd'], leftCents: 0 }));
  it('a declined grant returns to the budget and the highest fitting reserve moves up, in rank order', () => {
    const res = promoteFromReserve(state, 'a');
    expect(res).toMatchObject({ ok: true, promoted: ['b', 'd'], freedCents: 60 });
    if (res.ok) expect(res.state).toMatchObject({ awarded: ['b', 'c', 'd'], reserve: [], committedCents: 100, leftCents: 0 });
  });
  it('a freed grant too small for the first reserve skips to the next fitting one', () => {
    const res = promoteFromReserve(state, 'c');
    expect(res).toMatchObject({ ok: true, promoted: ['d'], freedCents: 40 });
    if (res.ok) expect(res.state).toMatchObject({ awarded: ['a', 'd'], reserve: ['b'], leftCents: 30 });
  });
  it('a reserve candidate withdrawing just leaves the reserve', () => {
    const res = promoteFromReserve(state, 'b');
    expect(res).toMatchObject({ ok: true, promoted: [], freedCents: 0 });
    if (res.ok) expect(res.state).toMatchObject({ awarded: ['a', 'c'], reserve: ['d'] });
  });
  it('an id in neither list is refused', () => expect(promoteFromReserve(state, 'zz').ok).toBe(false));
});
