import type { SourceContext } from './matching.context';
import type { TwinGraph } from './matching.graph';

const LOG_21 = Math.log(21);
const LOG_5 = Math.log(5);
const LOG_11 = Math.log(11);

/** Twinnings of a directory authority across the Turkey–EU divide: with Turkish towns for an EU one, with EU towns for a Turkish one. */
export const crossTiesOf = (g: TwinGraph, c: number): number => (g.isTurkish[c] ? g.euTies[c]! : g.turkishTies[c]!);

/** How many twinnings across the divide the other authorities of a candidate's area (NUTS-2 region or province) have. */
export function areaTiesOf(g: TwinGraph, c: number): number {
  const area = g.area[c]!;
  return area < 0 ? 0 : Math.max(0, g.areaTies[area]! - crossTiesOf(g, c));
}

/** How many of a candidate's partners on its own side are twinned across the divide (an EU town's partners with Turkish partners). */
export function tiedPartnersOf(g: TwinGraph, c: number): number {
  let count = 0;
  for (const p of g.neighbours[c]!) if (p < g.n && g.isTurkish[p] === g.isTurkish[c] && crossTiesOf(g, p) > 0) count++;
  return count;
}

/** region_ties: log scale, 20 such twinnings in the area = 1. */
export const regionTiesValue = (count: number): number => Math.min(1, Math.log1p(count) / LOG_21);

const PARTNERS_TIES = [0, 1, 2, 3].map((k) => Math.log1p(k) / LOG_5);
/** partners_ties: log scale, 4 such partners = 1 (a table: the scan's bound calls it for every twinned candidate). */
export const partnersTiesValue = (count: number): number => (count >= 4 ? 1 : count <= 0 ? 0 : PARTNERS_TIES[count]!);

/** region_links: how many partners the source's province (or region) has in the candidate's area, log scale, 10 = 1. */
export const regionLinksValue = (ctx: SourceContext, area: number): number => (area < 0 ? 0 : Math.min(1, Math.log1p(ctx.regionLinks[area]!) / LOG_11));
