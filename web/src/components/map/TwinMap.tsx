import { CloseButton, Paper } from '@mantine/core';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointLayer } from './drawPoints';
import { MapControls } from './MapControls';
import { loadBasemap } from './basemap';
import type { CountryShape } from './mapGeometry';
import { nearestPoint, panBy } from './mapView';
import classes from './TwinMap.module.css';
import { useMapGestures } from './useMapGestures';
import { useMapRenderer } from './useMapRenderer';

export interface TwinMapProps {
  layer: PointLayer | null;
  /** What the map shows, for screen readers (the canvas is role="img"). */
  label: string;
  height?: number | string;
  /** A point drawn large on top (e.g. the authority of a profile). */
  highlight?: number | null;
  /** Start centred on the highlight at this zoom factor. */
  focusZoom?: number | null;
  /** Content of the popup for a clicked point; without it points are not clickable. */
  renderPopup?: (index: number) => ReactNode;
  children?: ReactNode;
}

/**
 * Turkey and Europe without a tile server: country shapes from world-atlas in SVG, points on a canvas
 * drawn in one pass; wheel/buttons/pinch zoom, drag pan, arrow keys, click picks the nearest point.
 */
export default function TwinMap({ layer, label, height = 480, highlight = null, focusZoom = null, renderPopup, children }: TwinMapProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const [shapes, setShapes] = useState<CountryShape[]>([]);
  const [picked, setPicked] = useState<number | null>(null);
  const refs = {
    frame: useRef<HTMLDivElement>(null),
    canvas: useRef<HTMLCanvasElement>(null),
    land: useRef<SVGGElement>(null),
    popup: useRef<HTMLDivElement>(null),
  };
  const [stableRefs] = useState(refs);
  const map = useMapRenderer(stableRefs, { layer, highlight, picked, focusZoom });

  useEffect(() => {
    let live = true;
    loadBasemap().then((s) => live && setShapes(s), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => setPicked(null), [layer]);

  const gestures = useMemo(
    () => ({
      ...map,
      onTap: (x: number, y: number) => {
        const v = map.getView();
        if (!renderPopup || !layer || !v) return;
        const i = nearestPoint(layer.xy, v, x, y, 12, layer.mask);
        setPicked(i >= 0 ? i : null);
      },
    }),
    [map, layer, renderPopup],
  );
  useMapGestures(stableRefs.canvas, gestures);

  const onKey = (e: KeyboardEvent) => {
    const v = map.getView();
    if (!v) return;
    const step = 60;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step],
    };
    const move = moves[e.key];
    if (move) map.setView(panBy(v, ...move));
    else if (e.key === '+' || e.key === '=') map.zoomBy(1.5);
    else if (e.key === '-') map.zoomBy(1 / 1.5);
    else if (e.key === '0') map.reset();
    else if (e.key === 'Escape') setPicked(null);
    else return;
    e.preventDefault();
  };

  return (
    <div ref={stableRefs.frame} className={classes.frame} style={{ height }}>
      <svg className={classes.layer} aria-hidden="true" focusable="false">
        <g ref={stableRefs.land}>
          {shapes.map((s, i) => (
            <path key={`${s.id}-${i}`} d={s.d} className={classes.land} data-kind={s.kind} vectorEffect="non-scaling-stroke" />
          ))}
        </g>
      </svg>
      <canvas
        ref={stableRefs.canvas}
        className={`${classes.layer} ${classes.canvas}`}
        role="img"
        aria-label={label}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKey}
      />
      <span id={hintId} className="visually-hidden">
        {t('map.keyboardHint')}
      </span>
      <MapControls onZoom={map.zoomBy} onReset={map.reset} />
      {picked !== null && renderPopup && (
        <Paper ref={stableRefs.popup} className={classes.popup} shadow="md" p="sm" pr={36} withBorder role="dialog" aria-label={t('map.pickedPoint')}>
          <CloseButton size="sm" pos="absolute" top={6} right={6} onClick={() => setPicked(null)} aria-label={t('common.close')} />
          {renderPopup(picked)}
        </Paper>
      )}
      {children}
    </div>
  );
}
