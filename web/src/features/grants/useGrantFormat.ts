import { useMemo } from 'react';
import { useFormat } from '../../i18n/format';
import { formatIstanbul, formatDay } from '../../../../shared/istanbul';
import { formatCents } from './money';
import { formatPercent } from './percent';

/** Money, rates and call instants formatted in the current UI language. */
export function useGrantFormat() {
  const fmt = useFormat();
  return useMemo(
    () => ({
      ...fmt,
      money: (cents: number) => formatCents(cents, fmt.locale),
      percent: (bp: number) => formatPercent(bp, fmt.locale),
      istanbul: (iso: string) => formatIstanbul(iso, fmt.locale),
      day: (ymd: string) => formatDay(ymd, fmt.locale),
    }),
    [fmt],
  );
}
