import { useEffect, type RefObject } from 'react';
import { panBy, zoomAt, type View } from './mapView';

interface Handlers {
  getView: () => View | null;
  setView: (view: View) => void;
  limits: () => { min: number; max: number };
  /** A click (pointer released without dragging) at canvas coordinates. */
  onTap: (x: number, y: number) => void;
}

/** Wheel zoom, drag pan, two-finger pinch and tap on a canvas; updates go through `setView`. */
export function useMapGestures(ref: RefObject<HTMLCanvasElement | null>, handlers: Handlers): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const pointers = new Map<number, { x: number; y: number }>();
    let moved = 0;
    const local = (e: PointerEvent | WheelEvent) => {
      const r = el.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const apply = (fn: (v: View) => View) => {
      const view = handlers.getView();
      if (view) handlers.setView(fn(view));
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { x, y } = local(e);
      const { min, max } = handlers.limits();
      apply((v) => zoomAt(v, Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)), x, y, min, max));
    };
    const onDown = (e: PointerEvent) => {
      el.setPointerCapture(e.pointerId);
      pointers.set(e.pointerId, local(e));
      if (pointers.size === 1) moved = 0;
    };
    const onMove = (e: PointerEvent) => {
      const prev = pointers.get(e.pointerId);
      if (!prev) return;
      const now = local(e);
      if (pointers.size === 1) {
        moved += Math.abs(now.x - prev.x) + Math.abs(now.y - prev.y);
        apply((v) => panBy(v, now.x - prev.x, now.y - prev.y));
      } else if (pointers.size === 2) {
        const other = [...pointers.entries()].find(([id]) => id !== e.pointerId)?.[1];
        if (other) {
          const before = Math.hypot(prev.x - other.x, prev.y - other.y);
          const after = Math.hypot(now.x - other.x, now.y - other.y);
          const { min, max } = handlers.limits();
          moved += 10;
          if (before > 0) apply((v) => zoomAt(v, after / before, (now.x + other.x) / 2, (now.y + other.y) / 2, min, max));
        }
      }
      pointers.set(e.pointerId, now);
    };
    const onUp = (e: PointerEvent) => {
      const last = pointers.get(e.pointerId);
      pointers.delete(e.pointerId);
      if (last && pointers.size === 0 && moved < 5) handlers.onTap(last.x, last.y);
    };
    const onCancel = (e: PointerEvent) => pointers.delete(e.pointerId);
    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onCancel);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onCancel);
    };
  }, [ref, handlers]);
}
