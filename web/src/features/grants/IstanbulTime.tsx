import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysLeft } from '../../../../shared/istanbul';
import { useGrantFormat } from './useGrantFormat';

/** An instant in Istanbul time with the zone named, in a <time> element. */
export function IstanbulTime({ iso }: { iso: string }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  return <time dateTime={iso}>{t('grants.time.istanbul', { when: fmt.istanbul(iso) })}</time>;
}

/** Days left until a deadline as a badge ("closes today" on the last day). */
export function Countdown({ deadline, now = new Date() }: { deadline: string; now?: Date }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const days = daysLeft(deadline, now);
  if (days <= 0) return null;
  return (
    <Badge variant="light" color="teal" size="lg">
      {days === 1 ? t('grants.countdown.lastDay') : t('grants.countdown.days', { count: days, formatted: fmt.num(days) })}
    </Badge>
  );
}
