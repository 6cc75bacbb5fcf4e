import { TWINNING_STATUSES, type TwinningStatus } from '../../../../shared/twinningStatuses';
import type { NetworkLines } from '../../api/twinnings';
import { projectCoords } from '../../components/map/mapGeometry';

/** Line colour per status (legend and map); the platform's own states stand out from "active". */
export const LINE_COLORS: Record<TwinningStatus, string> = {
  proposed: '#495057',
  exploring: '#7048e8',
  agreed: '#e8590c',
  signed: '#c2255c',
  active: '#1864ab',
  dormant: '#f08c00',
  ended: '#868e96',
  // Loaded twinnings whose state nobody has told: most of the map, so a quiet slate blue-grey.
  unknown: '#5c7080',
};

/** Projected lines: [xA, yA, xB, yB] per line, with the status index of each into TWINNING_STATUSES. */
export interface LineLayer {
  xy: Float32Array;
  status: Uint8Array;
  /** Lines per status, in TWINNING_STATUSES order. */
  counts: number[];
}

/**
 * Project the network's authorities once, lay out both ends of each line from them, and index the
 * lines' statuses (a status the web does not know counts as unknown).
 */
export function lineLayer(net: NetworkLines): LineLayer {
  const at = projectCoords(net.nodes);
  const lines = net.status.length;
  const xy = new Float32Array(lines * 4);
  for (let i = 0; i < lines; i++) {
    const a = net.lines[2 * i]! * 2;
    const b = net.lines[2 * i + 1]! * 2;
    xy.set([at[a]!, at[a + 1]!, at[b]!, at[b + 1]!], 4 * i);
  }
  const fallback = TWINNING_STATUSES.indexOf('unknown');
  const known = net.statuses.map((s) => {
    const k = TWINNING_STATUSES.indexOf(s as TwinningStatus);
    return k >= 0 ? k : fallback;
  });
  const status = Uint8Array.from(net.status, (s) => known[s] ?? fallback);
  const counts = TWINNING_STATUSES.map(() => 0);
  for (const s of status) counts[s]!++;
  return { xy, status, counts };
}

/** Line opacity: dense networks draw faint so overlaps read as weight; a few lines stay strong. */
export function lineAlpha(lines: number): number {
  if (lines <= 50) return 0.85;
  return Math.max(0.08, Math.min(0.85, 12 / Math.sqrt(lines)));
}
