import { TWINNING_STATUSES } from '../../../../shared/twinningStatuses';
import type { View } from '../../components/map/mapView';
import { LINE_COLORS, lineAlpha, type LineLayer } from './networkLayer';

// The many loaded "active" lines first, then the platform's own states on top, thicker.
const ORDER = [...TWINNING_STATUSES].sort((a, b) => Number(b === 'active') - Number(a === 'active'));

/** Draw the lines as gentle arcs, one path per status, in CSS pixels (the caller sets the DPR transform). */
export function drawLines(ctx: CanvasRenderingContext2D, layer: LineLayer, v: View, width: number, height: number): void {
  const { xy, status } = layer;
  for (const name of ORDER) {
    const k = TWINNING_STATUSES.indexOf(name);
    const n = layer.counts[k] ?? 0;
    if (!n) continue;
    ctx.beginPath();
    for (let i = 0; i < status.length; i++) {
      if (status[i] !== k) continue;
      const x0 = xy[4 * i]! * v.scale + v.tx;
      const y0 = xy[4 * i + 1]! * v.scale + v.ty;
      const x1 = xy[4 * i + 2]! * v.scale + v.tx;
      const y1 = xy[4 * i + 3]! * v.scale + v.ty;
      if (!Number.isFinite(x0 + y0 + x1 + y1)) continue;
      if (Math.max(x0, x1) < 0 || Math.min(x0, x1) > width || Math.max(y0, y1) < 0 || Math.min(y0, y1) > height) continue;
      // Bend each line a little to one side so lines sharing an end fan out.
      const mx = (x0 + x1) / 2 - (y1 - y0) * 0.12;
      const my = (y0 + y1) / 2 + (x1 - x0) * 0.12;
      ctx.moveTo(x0, y0);
      ctx.quadraticCurveTo(mx, my, x1, y1);
    }
    ctx.strokeStyle = LINE_COLORS[name];
    ctx.globalAlpha = name === 'active' ? lineAlpha(n) : 0.9;
    ctx.lineWidth = name === 'active' ? 1 : 2.5;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
