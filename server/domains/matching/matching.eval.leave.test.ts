import { describe, expect, it } from 'vitest';
import { evaluate, heldOutEdges, type HeldOutPair } from './matching.eval';
import { recommend, type Recommendation } from './matching.recommend';
import { pair, tinyGraph } from './matching.testkit';

// TR-T1 and TR-T2 are both in province TR-22; TR-T3 is in TR-34.
const leaky = () => tinyGraph([pair('TR-T2', 'EL_1'), pair('TR-T3', 'EL_1')]);

describe('leave-out of a twinning recorded under a sibling authority', () => {
  it('hides the partner’s edges to every authority of the source’s province, and no other', () => {
    const g = leaky();
    const i = (code: string) => g.index.get(code)!;
    const names = heldOutEdges(g, i('TR-T1'), new Set([i('EL_1')])).map((id) => g.edges[id]!.map((n) => g.codes[n]).join('~'));
    expect(names.sort()).toEqual(['TR-T1~EL_1', 'TR-T2~EL_1']); // TR-T3 (another province) keeps its twinning with EL_1
  });

  it('ranks as if the twinning and its sibling copy had never been recorded: every signal, every score', () => {
    const g = leaky();
    const i = (code: string) => g.index.get(code)!;
    let seen: Recommendation[] = [];
    const pairs: HeldOutPair[] = [{ source: i('TR-T1'), target: i('EL_1') }];
    evaluate(g, pairs, 'spy', (graph, source, k) => ((seen = recommend(graph, source, { k })), seen.map((r) => r.index)));
    // The same world where neither copy exists (removed in place: another code path than the leave-out's).
    const clean = tinyGraph([pair('TR-T3', 'EL_1')]);
    expect(clean.removeEdge(pair('TR-T1', 'EL_1'))).toBe(true);
    const expected = recommend(clean, clean.index.get('TR-T1')!, { k: 10 });
    const el1 = seen.find((r) => r.index === i('EL_1'))!;
    expect(el1.values.towns_like_yours).toBe(0); // the sibling's copy would have made it 1 − e⁻¹
    expect(el1.values.region_links).toBe(0);
    expect(seen).toEqual(expected);
    // And the graph is whole again afterwards.
    expect(g.neighbours[i('EL_1')]!.map((n) => g.codes[n]).sort()).toEqual(['TR-T1', 'TR-T2', 'TR-T3']);
  });
});
