import type { PartnerRequest } from '../../../../shared/matching';
import type { PointLayer } from '../../components/map/drawPoints';
import { projectCoords } from '../../components/map/mapGeometry';
import { POINT_COLORS } from '../../components/map/pointLayer';

/** One map point per requesting authority (located ones only), with its requests. */
export interface RequestPoints {
  layer: PointLayer;
  groups: PartnerRequest[][];
}

/** Group the requests by authority and project one dot for each. */
export function requestPoints(requests: PartnerRequest[]): RequestPoints {
  const byCode = new Map<string, PartnerRequest[]>();
  for (const r of requests) {
    if (r.authority.lat === null || r.authority.lon === null) continue;
    const list = byCode.get(r.authority.code);
    if (list) list.push(r);
    else byCode.set(r.authority.code, [r]);
  }
  const groups = [...byCode.values()];
  const coords = groups.flatMap((g) => [g[0]!.authority.lat!, g[0]!.authority.lon!]);
  const colorIndex = Uint8Array.from(groups.map((g) => (g[0]!.authority.country === 'TR' ? 1 : 0)));
  // Few dots on a large map: a bigger dot for each side keeps them easy to see and to tap.
  return { layer: { xy: projectCoords(coords), colorIndex, colors: POINT_COLORS, mask: null, boost: [3, 3] }, groups };
}
