import path from 'node:path';
import type { AuthoritySummary } from '../../../shared/authorities';
import { PROJECT_DIR } from '../../platform/config';
import type { CodeLookup } from './matching.codes';
import { historicalMatches, type OldNamePlace } from './matching.history';
import { readOldNamePlaces } from './matching.history.data';
import { minorityFacts, type MinorityFact, type MinorityFigure, type ThraceFlag } from './matching.minority';
import { readMinorityFigures, readThraceFlags } from './matching.minority.data';

/** The evidence that is no twinning: old names, minority and diaspora figures (data/ and its README). */
export interface EvidenceSources {
  places: readonly OldNamePlace[];
  figures: readonly MinorityFigure[];
  flags: readonly ThraceFlag[];
}

export const NO_EVIDENCE: EvidenceSources = { places: [], figures: [], flags: [] };

let shipped: EvidenceSources | null = null;

/** The files shipped in data/, read once per process. */
export function shippedEvidence(): EvidenceSources {
  const dir = path.join(PROJECT_DIR, 'data');
  shipped ??= { places: readOldNamePlaces(dir), figures: readMinorityFigures(dir), flags: readThraceFlags(dir) };
  return shipped;
}

/** An old-name match as seen from one side: the other side's node, the value and the old name. */
export interface OldNameTie {
  other: number;
  value: number;
  oldName: string;
}

/**
 * The evidence by graph node, built once with the graph (never per request, never from twinnings, so
 * the evaluation's leave-out has nothing to hide here).
 */
export class Evidence {
  /** Old-name ties of each node that has any, both ways (Mudanya → Nea Moudania and back). */
  readonly history = new Map<number, OldNameTie[]>();
  /** minority_share of each EU node (0 for the rest). */
  readonly minority: Float64Array;
  readonly minorityFact = new Map<number, MinorityFact>();

  constructor(directory: readonly AuthoritySummary[], index: CodeLookup, sources: EvidenceSources) {
    this.minority = new Float64Array(directory.length);
    const eu = directory.filter((a) => a.country !== 'TR');
    for (const m of sources.places.length ? historicalMatches(sources.places, eu) : []) {
      const tr = index.get(m.trCode);
      const e = index.get(m.euCode);
      if (tr === undefined || e === undefined) continue;
      (this.history.get(tr) ?? this.history.set(tr, []).get(tr)!).push({ other: e, value: m.value, oldName: m.oldName });
      (this.history.get(e) ?? this.history.set(e, []).get(e)!).push({ other: tr, value: m.value, oldName: m.oldName });
    }
    for (const [code, fact] of minorityFacts(eu, sources.figures, sources.flags)) {
      const i = index.get(code)!;
      this.minority[i] = fact.value;
      this.minorityFact.set(i, fact);
    }
  }

  /** The old-name tie between a source and a candidate, if any. */
  tie(source: number, candidate: number): OldNameTie | null {
    const list = this.history.get(source);
    if (list) for (const t of list) if (t.other === candidate) return t;
    return null;
  }
}
