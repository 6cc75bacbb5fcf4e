import { useTranslation } from 'react-i18next';
import classes from './participation.module.css';

interface Bar {
  label: string;
  raw: number;
  balanced: number;
}

/**
 * Raw and balanced shares side by side as plain CSS bars. Hidden from screen readers: the table next
 * to the chart carries the same figures.
 */
export function ShareBars({ bars, format }: { bars: Bar[]; format: (share: number) => string }) {
  const { t } = useTranslation();
  return (
    <div className={classes.chart} aria-hidden="true">
      <div className={classes.legend}>
        <span><span className={classes.swatchRaw} /> {t('participation.results.raw')}</span>
        <span><span className={classes.swatchBalanced} /> {t('participation.results.balanced')}</span>
      </div>
      {bars.map((b) => (
        <div key={b.label} className={classes.barRow}>
          <div className={classes.barLabel}>{b.label}</div>
          <div className={classes.barTrack}>
            <div className={classes.barRaw} style={{ width: `${Math.round(b.raw * 100)}%` }} />
            <span className={classes.barValue}>{format(b.raw)}</span>
          </div>
          <div className={classes.barTrack}>
            <div className={classes.barBalanced} style={{ width: `${Math.round(b.balanced * 100)}%` }} />
            <span className={classes.barValue}>{format(b.balanced)}</span>
          </div>
        </div>
      ))}
    </div>
  );
}
