import type { View } from './mapView';

export interface PointLayer {
  /** Packed world coordinates [x, y, ...]. */
  xy: Float32Array;
  /** Colour index of each point into `colors`. */
  colorIndex: Uint8Array;
  colors: readonly string[];
  /** 1 = drawn, 0 = hidden; null draws all. */
  mask: Uint8Array | null;
}

/**
 * Dot size in CSS px from the view scale (1 = the extent drawn 1000 px wide): about 1 px at the
 * overview so 95k points stay readable, growing as one zooms in.
 */
export function dotSize(scale: number): number {
  return Math.min(5, Math.max(0.9, 1.1 + Math.log2(scale) * 0.7));
}

/**
 * Draw every visible point in one pass: each point adds a square to its colour's path, then each
 * colour fills once (a handful of fill calls instead of 95k).
 */
export function drawPoints(ctx: CanvasRenderingContext2D, layer: PointLayer, view: View, zoom: number, width: number, height: number): void {
  const size = dotSize(view.scale);
  const half = size / 2;
  const paths = layer.colors.map(() => new Path2D());
  const { xy, colorIndex, mask } = layer;
  const n = xy.length / 2;
  for (let i = 0; i < n; i++) {
    if (mask && mask[i] === 0) continue;
    const x = xy[2 * i]! * view.scale + view.tx;
    const y = xy[2 * i + 1]! * view.scale + view.ty;
    if (!(x > -size && y > -size && x < width + size && y < height + size)) continue;
    paths[colorIndex[i]!]?.rect(x - half, y - half, size, size);
  }
  // Translucent dots at the overview let dense areas read darker instead of a solid blot.
  ctx.globalAlpha = zoom < 3 ? 0.65 : 0.9;
  paths.forEach((path, c) => {
    ctx.fillStyle = layer.colors[c]!;
    ctx.fill(path);
  });
  ctx.globalAlpha = 1;
}

/** A highlighted point: a filled circle with a white ring and a halo, drawn last. */
export function drawHighlight(ctx: CanvasRenderingContext2D, x: number, y: number, color: string): void {
  ctx.beginPath();
  ctx.arc(x, y, 11, 0, 2 * Math.PI);
  ctx.fillStyle = 'rgba(245, 159, 0, 0.25)';
  ctx.fill();
  ctx.beginPath();
  ctx.arc(x, y, 6, 0, 2 * Math.PI);
  ctx.fillStyle = color;
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}
