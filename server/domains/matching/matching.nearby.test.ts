import { describe, expect, it } from 'vitest';
import { sourceContext } from './matching.context';
import { TwinGraph } from './matching.graph';
import { areaTiesOf, partnersTiesValue, regionLinksValue, regionTiesValue, tiedPartnersOf } from './matching.nearby';
import { authority, pair } from './matching.testkit';

/** Two Edirne towns and one in Istanbul; two German towns in NUTS-2 DEA1, one in DEA2, one in DE30. */
const g = new TwinGraph(
  [
    authority('TR-A', 'TR', 50_000, 41.7, 26.6, 'TR-22'),
    authority('TR-B', 'TR', 20_000, 41.5, 26.9, 'TR-22'),
    authority('TR-C', 'TR', 900_000, 41.0, 29.0, 'TR-34'),
    authority('DE_A', 'DE', 500_000, 51.2, 6.8, 'DEA11'),
    authority('DE_B', 'DE', 100_000, 51.4, 6.9, 'DEA12'),
    authority('DE_C', 'DE', 60_000, 51.5, 7.5, 'DEA23'),
    authority('DE_D', 'DE', 30_000, 52.5, 13.4, 'DE300'),
  ],
  [pair('TR-A', 'DE_A'), pair('TR-C', 'DE_A'), pair('TR-B', 'DE_B'), pair('DE_C', 'DE_A'), pair('DE_C', 'DE_B'), pair('DE_D', 'DE_C')],
);
const i = (code: string) => g.index.get(code)!;

describe('signals from the twinnings around a candidate', () => {
  it('region_ties counts the Turkish twinnings of the other towns of the candidate’s NUTS-2 region (of its province for a Turkish one)', () => {
    expect(areaTiesOf(g, i('DE_B'))).toBe(2); // DE_A's two
    expect(areaTiesOf(g, i('DE_A'))).toBe(1); // DE_B's one, not its own
    expect(areaTiesOf(g, i('DE_C'))).toBe(0);
    expect(areaTiesOf(g, i('TR-A'))).toBe(1); // TR-B's EU partner
  });

  it('region_ties follows what the graph hides (leave-out) and comes back after', () => {
    const hide = g.edgesOf(i('TR-B'));
    g.without(hide, () => expect(areaTiesOf(g, i('DE_A'))).toBe(0));
    expect(areaTiesOf(g, i('DE_A'))).toBe(1);
  });

  it('partners_ties counts the candidate’s partners on its side that are twinned across the divide', () => {
    expect(tiedPartnersOf(g, i('DE_C'))).toBe(2);
    expect(tiedPartnersOf(g, i('DE_D'))).toBe(0);
    expect(tiedPartnersOf(g, i('TR-A'))).toBe(0);
    g.without(g.edgesOf(i('TR-B')), () => expect(tiedPartnersOf(g, i('DE_C'))).toBe(1));
  });

  it('region_links counts the partners the source’s province has in the candidate’s region, without the source’s own', () => {
    const ctx = sourceContext(g, i('TR-A'));
    expect(regionLinksValue(ctx, g.area[i('DE_A')]!)).toBeCloseTo(Math.log(2) / Math.log(11)); // TR-B → DE_B, same NUTS-2
    expect(regionLinksValue(ctx, g.area[i('DE_D')]!)).toBe(0);
    expect(regionLinksValue(ctx, -1)).toBe(0);
    expect(regionLinksValue(sourceContext(g, i('TR-C')), g.area[i('DE_A')]!)).toBe(0); // Istanbul has no other town here
  });

  it('values run from 0 to 1 on a log scale', () => {
    expect([regionTiesValue(0), partnersTiesValue(0)]).toEqual([0, 0]);
    expect([regionTiesValue(20), regionTiesValue(500), partnersTiesValue(4), partnersTiesValue(40)]).toEqual([1, 1, 1, 1]);
    expect(regionTiesValue(3)).toBeGreaterThan(regionTiesValue(1));
    expect(partnersTiesValue(2)).toBeGreaterThan(partnersTiesValue(1));
  });
});
