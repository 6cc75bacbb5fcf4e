import { Badge } from '@mantine/core';
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
};

/** A twinning's state as a badge. */
export function StatusBadge({ status }: { status: TwinningStatus }) {
  const { t } = useTranslation();
  // Active is the common case: a filled dark teal (white text at 5:1) sets it apart from the steps before.
  const active = status === 'active';
  return <Badge variant={active ? 'filled' : 'light'} color={active ? 'teal.9' : STATUS_COLORS[status]}>{t(`twinnings.status.${status}`)}</Badge>;
}

/** Where a twinning record comes from, as an outlined badge. */
export function SourceBadge({ source }: { source: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="gray.7" title={t('twinnings.sourceLabel')}>
      {t(`twinnings.source.${source}`, { defaultValue: source })}
    </Badge>
  );
}
