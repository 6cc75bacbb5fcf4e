import type { View } from './mapView';

export interface PointLayer {
  /** Packed world coordinates [x, y, ...]. */
  xy: Float32Array;
  /** Colour index of each point into `colors` (#rrggbb). */
  colorIndex: Uint8Array;
  colors: readonly string[];
  /** 1 = drawn, 0 = hidden; null draws all. */
  mask: Uint8Array | null;
  /** Extra device pixels per colour, so a sparse group stays visible next to a dense one. */
  boost?: readonly number[];
}

/**
 * Dot size in CSS px from the view scale (1 = the extent drawn 1000 px wide): about 1 px at the
 * overview so 95k points stay readable, growing as one zooms in.
 */
export function dotSize(scale: number): number {
  return Math.min(5, Math.max(0.9, 1.1 + Math.log2(scale) * 0.7));
}

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

let buffer: ImageData | null = null;

/**
 * Draw every visible point in one pass straight into pixels: each dot is a small square whose
 * opacity accumulates, so dense areas read darker. Writing an ImageData keeps 95k points at a few
 * milliseconds even without a GPU, where 95k canvas rects would take a hundred.
 */
export function drawPoints(ctx: CanvasRenderingContext2D, layer: PointLayer, view: View, dpr: number): void {
  const { width, height } = ctx.canvas;
  if (!buffer || buffer.width !== width || buffer.height !== height) buffer = ctx.createImageData(width, height);
  const px = buffer.data;
  px.fill(0);
  const size = Math.max(1, Math.round(dotSize(view.scale) * dpr));
  const alpha = view.scale < 2 ? 0.6 : 0.9;
  const colors = layer.colors.map(rgb);
  const scale = view.scale * dpr;
  const tx = view.tx * dpr - size / 2;
  const ty = view.ty * dpr - size / 2;
  const { xy, colorIndex, mask } = layer;
  const n = xy.length / 2;
  for (let i = 0; i < n; i++) {
    if (mask && mask[i] === 0) continue;
    const x0 = Math.round(xy[2 * i]! * scale + tx);
    const y0 = Math.round(xy[2 * i + 1]! * scale + ty);
    if (!(x0 > -size && y0 > -size && x0 < width && y0 < height)) continue;
    const c = colorIndex[i]!;
    const [r, g, b] = colors[c]!;
    const s = size + (layer.boost?.[c] ?? 0);
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + s); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + s); x++) {
        const o = (y * width + x) * 4;
        const a = px[o + 3]! / 255;
        px[o] = r;
        px[o + 1] = g;
        px[o + 2] = b;
        px[o + 3] = (alpha + a * (1 - alpha)) * 255;
      }
    }
  }
  ctx.putImageData(buffer, 0, 0);
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
