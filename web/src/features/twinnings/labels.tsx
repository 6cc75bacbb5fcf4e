import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TwinningStatus } from '../../../../shared/twinnings';

// Light badges in colours whose text keeps 4.5:1 (theme.ts darkens these tints' text).
const STATUS_COLORS: Record<TwinningStatus, string> = {
  proposed: 'gray',
  exploring: 'bridge',
  agreed: 'yellow',
  signed: 'teal',
  active: 'teal',
  dormant: 'yellow',
  ended: 'red',
  unknown: 'gray',
};

// Mantine cuts a badge's label with an ellipsis and lets a flex row shrink it: a state must be read
// whole, so badges keep their width and, on a narrow screen, wrap their words instead.
const WHOLE: BadgeProps['styles'] = {
  root: { flexShrink: 0, maxWidth: '100%', height: 'auto', minHeight: 'var(--badge-height)' },
  label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip', textAlign: 'center' },
};

/** A twinning's state as a badge; a loaded twinning whose state is not known reads as such, plainly. */
export function StatusBadge({ status }: { status: TwinningStatus }) {
  const { t } = useTranslation();
  // Active is the common case: a filled dark teal (white text at 5:1) sets it apart from the steps before.
  const variant = status === 'active' ? 'filled' : status === 'unknown' ? 'default' : 'light';
  return (
    <Badge variant={variant} color={status === 'active' ? 'teal.9' : STATUS_COLORS[status]} styles={WHOLE} data-status={status}>
      {t(`twinnings.status.${status}`)}
    </Badge>
  );
}

/** Where a twinning record comes from, as an outlined badge. */
export function SourceBadge({ source }: { source: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="gray.7" title={t('twinnings.sourceLabel')} styles={WHOLE}>
      {t(`twinnings.source.${source}`, { defaultValue: source })}
    </Badge>
  );
}
