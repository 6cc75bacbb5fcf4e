import { ActionIcon, Loader, Tooltip } from '@mantine/core';
import { IconCurrentLocation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import type { DirectoryParams } from './directoryParams';

interface Props {
  params: DirectoryParams;
  update: (patch: DirectoryParams, options?: { replace?: boolean }) => void;
  errors: Record<string, string>;
}

/** "Near a point": LAT,LON text or the browser's location, and a radius in km. */
export function NearFilter({ params, update, errors }: Props) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState(false);
  const [geoError, setGeoError] = useState<string | null>(null);

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setGeoError(t('directory.geoUnavailable'));
      return;
    }
    setLocating(true);
    setGeoError(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        const near = `${pos.coords.latitude.toFixed(4)},${pos.coords.longitude.toFixed(4)}`;
        update({ near, radiusKm: params.radiusKm ?? '50', sort: 'distance' });
      },
      () => {
        setLocating(false);
        setGeoError(t('directory.geoDenied'));
      },
      { timeout: 10_000 },
    );
  };

  const locateButton = (
    <Tooltip label={t('directory.nearMe')}>
      <ActionIcon variant="subtle" onClick={locate} aria-label={t('directory.nearMe')} disabled={locating}>
        {locating ? <Loader size={16} /> : <IconCurrentLocation size={18} />}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <>
      <DebouncedTextInput
        label={t('directory.near')}
        placeholder="41.0082,28.9784"
        description={t('directory.nearHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        value={params.near ?? ''}
        onCommit={(near) => update({ near: near.replace(/\s+/g, '') })}
        rightSection={locateButton}
        error={geoError ?? errors.near}
      />
      <DebouncedTextInput
        label={t('directory.radiusKm')}
        inputMode="decimal"
        value={params.radiusKm ?? ''}
        onCommit={(radiusKm) => update({ radiusKm: radiusKm.trim() })}
        error={errors.radiusKm}
        disabled={!params.near}
      />
    </>
  );
}
