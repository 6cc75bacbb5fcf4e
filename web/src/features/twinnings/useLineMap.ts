import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { EXTENT_BOX } from '../../components/map/mapGeometry';
import { fitView, zoomAt, type View } from '../../components/map/mapView';
import { drawLines } from './drawLines';
import type { LineLayer } from './networkLayer';

interface Refs {
  frame: RefObject<HTMLDivElement | null>;
  canvas: RefObject<HTMLCanvasElement | null>;
  land: RefObject<SVGGElement | null>;
}

/** The view of the network map in a ref; land transform and lines redraw in one animation frame. */
export function useLineMap(refs: Refs, layer: LineLayer | null) {
  const view = useRef<View | null>(null);
  const fitted = useRef<View | null>(null);
  const size = useRef({ w: 0, h: 0 });
  const frameId = useRef(0);
  const latest = useRef(layer);
  latest.current = layer;

  const draw = useCallback(() => {
    frameId.current = 0;
    const canvas = refs.canvas.current;
    const v = view.current;
    if (!canvas || !v) return;
    const { w, h } = size.current;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
    }
    refs.land.current?.setAttribute('transform', `matrix(${v.scale} 0 0 ${v.scale} ${v.tx} ${v.ty})`);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (latest.current) drawLines(ctx, latest.current, v, w, h);
  }, [refs]);

  const schedule = useCallback(() => {
    if (!frameId.current) frameId.current = requestAnimationFrame(draw);
  }, [draw]);

  useEffect(() => {
    const el = refs.frame.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      const h = el.clientHeight;
      if (!w || !h || (w === size.current.w && h === size.current.h)) return;
      size.current = { w, h };
      fitted.current = fitView(EXTENT_BOX, w, h);
      view.current ??= fitted.current;
      schedule();
    };
    // The observer's first report comes after the browser's own layout; reading the size here would
    // force a layout of the whole page in the middle of the first render (a phone's longest task).
    if (typeof ResizeObserver === 'undefined') return measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [refs, schedule]);

  useEffect(schedule, [layer, schedule]);
  useEffect(() => () => cancelAnimationFrame(frameId.current), []);

  return useMemo(() => {
    const limits = () => {
      const s = fitted.current?.scale ?? 1;
      return { min: s * 0.6, max: s * 60 };
    };
    const setView = (next: View) => {
      view.current = next;
      schedule();
    };
    return {
      getView: () => view.current,
      setView,
      limits,
      onTap: () => undefined,
      zoomBy: (factor: number) => {
        const v = view.current;
        const { min, max } = limits();
        if (v) setView(zoomAt(v, factor, size.current.w / 2, size.current.h / 2, min, max));
      },
      reset: () => setView(fitted.current ?? view.current!),
    };
  }, [schedule]);
}
