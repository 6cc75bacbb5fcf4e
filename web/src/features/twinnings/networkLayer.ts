import { TWINNING_STATUSES, type TwinningStatus } from '../../../../shared/twinnings';
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

/** Project the network's lines once and index their statuses (a status the web does not know counts as unknown). */
export function lineLayer(net: NetworkLines): LineLayer {
  const xy = projectCoords(net.coords);
  const status = new Uint8Array(net.status.length);
  const counts = TWINNING_STATUSES.map(() => 0);
  const fallback = TWINNING_STATUSES.indexOf('unknown');
  net.status.forEach((s, i) => {
    const k = TWINNING_STATUSES.indexOf(s as TwinningStatus);
    status[i] = k >= 0 ? k : fallback;
    counts[status[i]!]!++;
  });
  return { xy, status, counts };
}

/** Line opacity: dense networks draw faint so overlaps read as weight; a few lines stay strong. */
export function lineAlpha(lines: number): number {
  if (lines <= 50) return 0.85;
  return Math.max(0.08, Math.min(0.85, 12 / Math.sqrt(lines)));
}
