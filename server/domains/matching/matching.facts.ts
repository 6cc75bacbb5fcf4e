import type { AuthoritySummary } from '../../../shared/authorities';
import { distanceKm } from '../authorities/geo';
import type { TwinGraph } from './matching.graph';
import type { ReasonFacts } from './matching.reasons';

/** Both sides of a recommendation: graph indices and directory rows. */
export interface Sides {
  source: number;
  candidate: number;
  sourceAuthority: AuthoritySummary;
  candidateAuthority: AuthoritySummary;
}

/**
 * The facts a recommendation's reasons quote, from the graph as it stands and the two sides' themes
 * (the source's as the query sets them, the candidate's as the platform knows them).
 */
export function reasonFacts(g: TwinGraph, sides: Sides, sourceThemes: ReadonlySet<string>, candidateThemes: readonly string[] | undefined): ReasonFacts {
  const { source, candidate, sourceAuthority, candidateAuthority } = sides;
  return {
    source: sourceAuthority,
    candidate: candidateAuthority,
    distanceKm: km(sourceAuthority, candidateAuthority),
    // "Already twinned with Turkish towns" for EU candidates; with EU towns for Turkish ones.
    turkishTies: g.isTurkish[source] ? g.turkishTies[candidate]! : g.euTies[candidate]!,
    sharedPartners: g.neighbours[source]!.filter((p) => g.neighbours[p]!.includes(candidate)).length,
    sharedThemes: [...sourceThemes].filter((t) => candidateThemes?.includes(t) ?? false),
    oldName: oldNameOf(g, source, candidate),
    minority: g.isTurkish[source] ? (g.evidence.minorityFact.get(candidate) ?? null) : null,
  };
}

/** The old name shared by the two sides, and whether it is written in Greek. */
function oldNameOf(g: TwinGraph, source: number, candidate: number): ReasonFacts['oldName'] {
  const tie = g.evidence.tie(source, candidate);
  return tie ? { name: tie.oldName, greek: /[\u0370-\u03ff]/.test(tie.oldName) } : null;
}

/** Distance between two authorities in km; null when either has no coordinates. */
export function km(a: AuthoritySummary, b: AuthoritySummary): number | null {
  return a.lat === null || a.lon === null || b.lat === null || b.lon === null ? null : distanceKm(a.lat, a.lon, b.lat, b.lon);
}
