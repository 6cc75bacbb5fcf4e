import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { MAP_COLORS } from '../../theme';

function Swatch({ color }: { color: string }) {
  return <span aria-hidden style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 3, background: color }} />;
}

/** Legend of point colours with how many of each are shown. */
export function MapLegend({ tr, eu }: { tr: number; eu: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Group gap="lg" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('map.legend')}>
      <Group gap={6} component="li">
        <Swatch color={MAP_COLORS.tr} />
        <Text size="sm">{t('map.legendTr', { count: tr, formatted: fmt.num(tr) })}</Text>
      </Group>
      <Group gap={6} component="li">
        <Swatch color={MAP_COLORS.eu} />
        <Text size="sm">{t('map.legendEu', { count: eu, formatted: fmt.num(eu) })}</Text>
      </Group>
    </Group>
  );
}
