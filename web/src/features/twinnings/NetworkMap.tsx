import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MapControls } from '../../components/map/MapControls';
import { loadBasemap } from '../../components/map/basemap';
import type { CountryShape } from '../../components/map/mapGeometry';
import { panBy } from '../../components/map/mapView';
import classes from '../../components/map/TwinMap.module.css';
import { useMapGestures } from '../../components/map/useMapGestures';
import type { LineLayer } from './networkLayer';
import { useLineMap } from './useLineMap';

interface Props {
  layer: LineLayer | null;
  /** What the map shows, for screen readers (the canvas is role="img"). */
  label: string;
  height?: number | string;
}

const KEY_MOVES: Record<string, [number, number]> = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] };

/**
 * The twinning network over Turkey and Europe: the same country shapes as the authority map (SVG),
 * one line per twinning on a canvas; wheel/buttons/pinch zoom, drag pan, arrow keys.
 */
export default function NetworkMap({ layer, label, height = 480 }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const [shapes, setShapes] = useState<CountryShape[]>([]);
  const refs = { frame: useRef<HTMLDivElement>(null), canvas: useRef<HTMLCanvasElement>(null), land: useRef<SVGGElement>(null) };
  const [stableRefs] = useState(refs);
  const map = useLineMap(stableRefs, layer);
  useMapGestures(stableRefs.canvas, map);

  useEffect(() => {
    let live = true;
    loadBasemap().then((s) => live && setShapes(s), () => undefined);
    return () => {
      live = false;
    };
  }, []);

  const onKey = (e: KeyboardEvent) => {
    const v = map.getView();
    if (!v) return;
    const move = KEY_MOVES[e.key];
    if (move) map.setView(panBy(v, ...move));
    else if (e.key === '+' || e.key === '=') map.zoomBy(1.5);
    else if (e.key === '-') map.zoomBy(1 / 1.5);
    else if (e.key === '0') map.reset();
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
      <canvas ref={stableRefs.canvas} className={`${classes.layer} ${classes.canvas}`} role="img" aria-label={label}
        aria-describedby={hintId} tabIndex={0} onKeyDown={onKey} />
      <span id={hintId} className="visually-hidden">{t('map.keyboardHint')}</span>
      <MapControls onZoom={map.zoomBy} onReset={map.reset} />
    </div>
  );
}
