import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../../../shared/participation';

// Light badges keep 4.5:1 text only in the colours theme.ts darkens.
const COLORS = { upcoming: 'yellow', open: 'teal', closed: 'gray' } as const;

/** Whether a consultation is upcoming, open or closed, in words. */
export function StatusBadge({ status }: { status: Consultation['status'] }) {
  const { t } = useTranslation();
  return <Badge color={COLORS[status]} variant="light">{t(`participation.status.${status}`)}</Badge>;
}
