import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { drawHighlight, drawPoints, type PointLayer } from './drawPoints';
import { EXTENT_BOX } from './mapGeometry';
import { centreView, fitView, zoomAt, type View } from './mapView';
import { MAP_COLORS } from '../../theme';

export interface RenderInput {
  layer: PointLayer | null;
  highlight: number | null;
  picked: number | null;
  /** Start centred on the highlighted point at this zoom (else the whole extent). */
  focusZoom: number | null;
}

interface Refs {
  frame: RefObject<HTMLDivElement | null>;
  canvas: RefObject<HTMLCanvasElement | null>;
  land: RefObject<SVGGElement | null>;
  popup: RefObject<HTMLDivElement | null>;
}

function screenOf(layer: PointLayer, i: number, v: View): [number, number] {
  return [layer.xy[2 * i]! * v.scale + v.tx, layer.xy[2 * i + 1]! * v.scale + v.ty];
}

/** Keeps the view in a ref and redraws land transform, points and popup position in one animation frame. */
export function useMapRenderer(refs: Refs, input: RenderInput) {
  const view = useRef<View | null>(null);
  const fitted = useRef<View | null>(null);
  const size = useRef({ w: 0, h: 0 });
  const touched = useRef(false);
  const frameId = useRef(0);
  const latest = useRef(input);
  latest.current = input;

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
    const { layer, highlight, picked } = latest.current;
    const popup = refs.popup.current;
    if (popup && layer && picked !== null) {
      const [x, y] = screenOf(layer, picked, v);
      popup.style.transform = `translate(${x}px, ${y}px) translate(-50%, calc(-100% - 14px))`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!layer) return;
    // putImageData ignores the transform, so points draw in device pixels; the highlight in CSS px.
    drawPoints(ctx, layer, v, dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    for (const i of [highlight, picked]) {
      if (i !== null) drawHighlight(ctx, ...screenOf(layer, i, v), MAP_COLORS.highlight);
    }
  }, [refs]);

  const schedule = useCallback(() => {
    if (!frameId.current) frameId.current = requestAnimationFrame(draw);
  }, [draw]);

  const initialView = useCallback((): View | null => {
    const f = fitted.current;
    if (!f) return null;
    const { layer, highlight, focusZoom } = latest.current;
    if (layer && highlight !== null && focusZoom) {
      const x = layer.xy[2 * highlight]!;
      const y = layer.xy[2 * highlight + 1]!;
      if (Number.isFinite(x) && Number.isFinite(y)) return centreView(f, x, y, focusZoom, size.current.w, size.current.h);
    }
    return f;
  }, []);

  useEffect(() => {
    const el = refs.frame.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      const h = el.clientHeight;
      if (!w || !h || (w === size.current.w && h === size.current.h)) return;
      size.current = { w, h };
      fitted.current = fitView(EXTENT_BOX, w, h);
      if (!touched.current || !view.current) view.current = initialView();
      schedule();
    };
    // The observer's first report comes after the browser's own layout; reading the size here would
    // force a layout of the whole page in the middle of the first render (a phone's longest task).
    if (typeof ResizeObserver === 'undefined') return measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [refs, initialView, schedule]);

  useEffect(() => {
    if (!touched.current) view.current = initialView() ?? view.current;
    schedule();
  }, [input.layer, input.highlight, input.picked, input.focusZoom, initialView, schedule]);

  useEffect(() => () => cancelAnimationFrame(frameId.current), []);

  return useMemo(() => {
    const limits = () => {
      const s = fitted.current?.scale ?? 1;
      return { min: s * 0.6, max: s * 300 };
    };
    const setView = (next: View) => {
      touched.current = true;
      view.current = next;
      schedule();
    };
    return {
      getView: () => view.current,
      setView,
      limits,
      zoomBy: (factor: number) => {
        const v = view.current;
        const { min, max } = limits();
        if (v) setView(zoomAt(v, factor, size.current.w / 2, size.current.h / 2, min, max));
      },
      reset: () => {
        touched.current = false;
        view.current = initialView();
        schedule();
      },
    };
  }, [initialView, schedule]);
}
