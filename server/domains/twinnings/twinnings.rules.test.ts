import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TWINNING_STATUSES, type TwinningStatus } from '../../../shared/twinnings';
import { apply, BINDING, type Command, dormantAtRisk, type LifecycleState, nextStatuses, type Side } from './twinnings.rules';

const at = (status: TwinningStatus): LifecycleState => ({ status, pending: null });
const ok = (s: LifecycleState, c: Command) => {
  const out = apply(s, c);
  if (!out.ok) throw new Error(out.reason.message);
  return out;
};

describe('twinning lifecycle: every allowed and forbidden move', () => {
  const allowed: [TwinningStatus, TwinningStatus][] = [
    ['proposed', 'exploring'], ['proposed', 'ended'], ['exploring', 'agreed'], ['exploring', 'ended'], ['agreed', 'signed'],
    ['agreed', 'ended'], ['signed', 'active'], ['signed', 'ended'], ['active', 'dormant'], ['active', 'ended'], ['dormant', 'active'], ['dormant', 'ended'],
    ['unknown', 'active'], ['unknown', 'dormant'], ['unknown', 'ended'],
  ];
  for (const from of TWINNING_STATUSES)
    for (const to of TWINNING_STATUSES) {
      const isAllowed = allowed.some(([f, t]) => f === from && t === to);
      it(`${from} → ${to} is ${isAllowed ? (BINDING.has(to) ? 'allowed with both approvals' : 'allowed') : 'refused'}`, () => {
        // Side B asks: a proposal is answered by the side it was made to (see below for side A).
        const first = apply(at(from), { kind: 'move', to, by: 'b' });
        if (!isAllowed) {
          expect(first.ok).toBe(false);
          return;
        }
        expect(nextStatuses(from)).toContain(to);
        if (!BINDING.has(to)) {
          expect(first).toMatchObject({ ok: true, effect: 'moved', state: { status: to, pending: null } });
          return;
        }
        expect(first).toMatchObject({ ok: true, effect: 'approval_recorded', state: { status: from, pending: { target: to, approvals: ['b'] } } });
        const second = ok((first as { state: LifecycleState }).state, { kind: 'approve', by: 'a' });
        expect(second).toMatchObject({ effect: 'moved', state: { status: to, pending: null } });
      });
    }
});

describe('a proposal is answered by the side it was made to', () => {
  it('the proposer (side A) cannot take its own proposal on to exploring; nothing changes', () => {
    expect(apply(at('proposed'), { kind: 'move', to: 'exploring', by: 'a' })).toMatchObject({ ok: false, reason: { code: 'twinning_own_proposal' } });
  });
  it('the other side (side B) takes it on to exploring', () => {
    expect(ok(at('proposed'), { kind: 'move', to: 'exploring', by: 'b' }).state).toEqual({ status: 'exploring', pending: null });
  });
  it('the proposer may still ask to end its proposal, which the other side approves', () => {
    const asked = ok(at('proposed'), { kind: 'move', to: 'ended', by: 'a' });
    expect(ok(asked.state, { kind: 'approve', by: 'b' }).state).toEqual({ status: 'ended', pending: null });
  });
});

describe('approvals', () => {
  const pendingAgreed = ok(at('exploring'), { kind: 'move', to: 'agreed', by: 'a' }).state;
  it('the same side approving twice changes nothing', () => {
    expect(apply(pendingAgreed, { kind: 'approve', by: 'a' }).ok).toBe(false);
    expect(apply(pendingAgreed, { kind: 'move', to: 'agreed', by: 'a' }).ok).toBe(false);
  });
  it('the other side asking for the same step approves it', () => {
    expect(ok(pendingAgreed, { kind: 'move', to: 'agreed', by: 'b' }).state).toEqual({ status: 'agreed', pending: null });
  });
  it('a side withdraws its approval before the other approves; after that nothing is pending', () => {
    const w = ok(pendingAgreed, { kind: 'withdraw', by: 'a' });
    expect(w).toMatchObject({ effect: 'approval_withdrawn', state: { status: 'exploring', pending: null } });
    expect(apply(w.state, { kind: 'approve', by: 'b' }).ok).toBe(false);
  });
  it('the other side cannot withdraw an approval it did not give', () => {
    expect(apply(pendingAgreed, { kind: 'withdraw', by: 'b' }).ok).toBe(false);
  });
  it('a pending step blocks a different move until approved or withdrawn', () => {
    expect(apply(pendingAgreed, { kind: 'move', to: 'ended', by: 'b' }).ok).toBe(false);
  });
  it('two approvals arriving together (in either order) take effect exactly once', () => {
    const viaA = ok(ok(at('agreed'), { kind: 'move', to: 'signed', by: 'a' }).state, { kind: 'approve', by: 'b' }).state;
    const viaB = ok(ok(at('agreed'), { kind: 'move', to: 'signed', by: 'b' }).state, { kind: 'move', to: 'signed', by: 'a' }).state;
    expect(viaA).toEqual({ status: 'signed', pending: null });
    expect(viaB).toEqual(viaA);
    expect(apply(viaA, { kind: 'approve', by: 'a' }).ok).toBe(false); // the late duplicate finds nothing to approve
  });
});

describe('property: no sequence of calls reaches a binding state without both sides', () => {
  const side = fc.constantFrom<Side>('a', 'b');
  const command: fc.Arbitrary<Command> = fc.oneof(
    fc.record({ kind: fc.constant('move' as const), to: fc.constantFrom(...TWINNING_STATUSES), by: side }),
    fc.record({ kind: fc.constant('approve' as const), by: side }),
    fc.record({ kind: fc.constant('withdraw' as const), by: side }),
  );
  it('holds for random command sequences from either side', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TWINNING_STATUSES), fc.array(command, { maxLength: 40 }), (start, cmds) => {
        let state = at(start);
        // Sides whose approval of the current pending step still stands, tracked independently of the module.
        let standing = new Set<Side>();
        for (const cmd of cmds) {
          const out = apply(state, cmd);
          if (!out.ok) continue;
          const wasPending = state.pending;
          if (cmd.kind === 'withdraw') standing.delete(cmd.by);
          else if (out.state.pending || (wasPending && out.state.status !== state.status)) standing.add(cmd.by);
          if (out.state.status !== state.status && BINDING.has(out.state.status)) {
            expect(standing).toEqual(new Set(['a', 'b']));
          }
          if (!out.state.pending) standing = new Set();
          expect(nextStatuses(state.status).includes(out.state.status) || out.state.status === state.status).toBe(true);
          if (state.status === 'proposed' && out.state.status === 'exploring') expect(cmd.by).toBe('b');
          state = out.state;
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dormant-at-risk', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  it('flags a living twinning after 24 months without activity', () => {
    expect(dormantAtRisk('active', new Date('2024-11-28T12:00:00Z'), new Date('2020-01-01'), now)).toBe(true);
    expect(dormantAtRisk('active', new Date('2024-11-29T12:00:00Z'), new Date('2020-01-01'), now)).toBe(false);
  });
  it('counts from the last status change when nothing was logged', () => {
    expect(dormantAtRisk('signed', null, new Date('2024-06-01'), now)).toBe(true);
    expect(dormantAtRisk('signed', null, new Date('2025-06-01'), now)).toBe(false);
  });
  it('never flags a twinning that is not signed or active', () => {
    for (const s of ['proposed', 'exploring', 'agreed', 'dormant', 'ended', 'unknown'] as const) expect(dormantAtRisk(s, null, new Date('2000-01-01'), now)).toBe(false);
  });
});
