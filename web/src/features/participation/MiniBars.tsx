import { Badge, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './participation.module.css';

export interface MiniBar {
  key: string;
  label: string;
  share: number;
  /** A group not weighed: hatched grey instead of blue. */
  muted?: boolean;
}

/** Horizontal bars of shares 0–1 with their values, small enough for a grid of charts. */
export function MiniBars({ bars, format }: { bars: MiniBar[]; format: (share: number) => string }) {
  return (
    <div className={classes.miniChart}>
      {bars.map((b) => (
        <div key={b.key} className={classes.miniRow} data-bar={b.key}>
          <span>{b.label}</span>
          <span className={classes.miniTrack}>
            <span className={b.muted ? classes.miniBarMuted : classes.miniBar} style={{ width: `${Math.min(1, Math.max(0, b.share)) * 100}%` }} />
          </span>
          <span className={classes.miniValue}>{format(b.share)}</span>
        </div>
      ))}
    </div>
  );
}

/** The frame of one small chart: its title, a line under it, the "too few to weigh" mark, the drawing. */
export function MiniFrame({ title, subtitle, tooFew, dataKey, children }: { title: string; subtitle: string; tooFew: boolean; dataKey: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" radius="sm" data-chart={dataKey}>
      <Group justify="space-between" gap={4} wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600} lineClamp={3}>{title}</Text>
        {tooFew && <Badge color="yellow" variant="light" size="sm" style={{ flexShrink: 0 }}>{t('participation.charts.tooFew')}</Badge>}
      </Group>
      <Text size="xs" c="dimmed">{subtitle}</Text>
      {children}
    </Paper>
  );
}
