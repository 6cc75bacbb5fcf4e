import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TWINNING_STATUSES } from '../../../../shared/twinningStatuses';
import { useFormat } from '../../i18n/format';
import { LINE_COLORS } from './networkLayer';

/** The line colours with how many lines of each status the map shows (statuses with none left out). */
export function NetworkLegend({ counts }: { counts: number[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const shown = TWINNING_STATUSES.map((s, i) => [s, counts[i] ?? 0] as const).filter(([, n]) => n > 0);
  return (
    <Group gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('twinnings.registry.legend')}>
      {shown.map(([status, n]) => (
        <Group key={status} gap={6} component="li" wrap="nowrap">
          <span aria-hidden style={{ display: 'inline-block', width: 18, height: 4, borderRadius: 2, background: LINE_COLORS[status] }} />
          <Text size="sm">{t('twinnings.registry.legendItem', { status: t(`twinnings.status.${status}`), formatted: fmt.num(n) })}</Text>
        </Group>
      ))}
    </Group>
  );
}
