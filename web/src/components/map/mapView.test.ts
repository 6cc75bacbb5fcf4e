import { describe, expect, it } from 'vitest';
import { EXTENT, EXTENT_BOX, projectCoords } from './mapGeometry';
import { fitView, nearestPoint, zoomAt } from './mapView';

describe('map view', () => {
  it('fits the extent box into the viewport', () => {
    const v = fitView({ x0: 0, y0: 0, x1: 100, y1: 50 }, 400, 400, 0);
    expect(v.scale).toBe(4);
    expect(v.tx).toBe(0);
    expect(v.ty).toBe(100);
  });

  it('zooms around the pointer, keeping that point fixed, within limits', () => {
    const v = { scale: 2, tx: 10, ty: 20 };
    const z = zoomAt(v, 2, 110, 120, 1, 100);
    // The world point under (110, 120) stays there.
    expect(((110 - v.tx) / v.scale) * z.scale + z.tx).toBeCloseTo(110);
    expect(zoomAt(v, 1000, 0, 0, 1, 100).scale).toBe(100);
  });

  it('picks the nearest visible point within the radius', () => {
    const xy = Float32Array.of(0, 0, 10, 10, 11, 11);
    const view = { scale: 1, tx: 0, ty: 0 };
    expect(nearestPoint(xy, view, 10.8, 10.8, 5, null)).toBe(2);
    expect(nearestPoint(xy, view, 10.8, 10.8, 5, Uint8Array.of(1, 1, 0))).toBe(1);
    expect(nearestPoint(xy, view, 50, 50, 5, null)).toBe(-1);
  });

  it('projects Turkey and Europe inside the extent box', () => {
    const [x1, y1, x2, y2] = projectCoords([41.01, 28.98, 50.94, 6.96]); // İstanbul, Köln
    for (const [x, y] of [[x1!, y1!], [x2!, y2!]]) {
      expect(x).toBeGreaterThan(EXTENT_BOX.x0);
      expect(x).toBeLessThan(EXTENT_BOX.x1);
      expect(y).toBeGreaterThan(EXTENT_BOX.y0);
      expect(y).toBeLessThan(EXTENT_BOX.y1);
    }
    expect(x1!).toBeGreaterThan(x2!); // İstanbul is east of Köln
    expect(y1!).toBeGreaterThan(y2!); // and south of it
    expect(EXTENT.lon0).toBeLessThan(EXTENT.lon1);
  });
});
