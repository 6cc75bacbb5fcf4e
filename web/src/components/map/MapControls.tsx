import { ActionIcon, Stack } from '@mantine/core';
import { IconFocusCentered, IconMinus, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './TwinMap.module.css';

interface Props {
  onZoom: (factor: number) => void;
  onReset: () => void;
}

/** Zoom in, zoom out and reset buttons over the map. */
export function MapControls({ onZoom, onReset }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} className={classes.controls}>
      <ActionIcon variant="default" size="lg" onClick={() => onZoom(2)} aria-label={t('map.zoomIn')}>
        <IconPlus size={18} />
      </ActionIcon>
      <ActionIcon variant="default" size="lg" onClick={() => onZoom(0.5)} aria-label={t('map.zoomOut')}>
        <IconMinus size={18} />
      </ActionIcon>
      <ActionIcon variant="default" size="lg" onClick={onReset} aria-label={t('map.reset')}>
        <IconFocusCentered size={18} />
      </ActionIcon>
    </Stack>
  );
}
