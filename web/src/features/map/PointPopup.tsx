import { Anchor, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuthorityProfile } from '../../../../shared/authorities';
import { getAuthority } from '../../api/authorities';
import { useFormat } from '../../i18n/format';
import { typeLabel } from '../authorities/labels';
import { nativeLang, useNames } from '../authorities/useNames';

/** Name, type and country of a clicked point, with a link to its profile. */
export function PointPopup({ code }: { code: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useNames();
  const [profile, setProfile] = useState<AuthorityProfile | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const ctrl = new AbortController();
    setProfile(null);
    setFailed(false);
    getAuthority(code, ctrl.signal).then(setProfile, () => setFailed(!ctrl.signal.aborted));
    return () => ctrl.abort();
  }, [code]);
  const href = `/authorities/${encodeURIComponent(code)}`;
  return (
    <div aria-live="polite">
      {!profile && !failed && <Loader size="xs" role="status" aria-label={t('common.loading')} />}
      {profile && (
        <>
          <Text fw={700} lh={1.3}>{names.parts(profile).label}</Text>
          {names.parts(profile).native && <Text size="sm" c="dimmed" lang={nativeLang(profile.country)}>{names.parts(profile).native}</Text>}
          <Text size="sm" c="dimmed">
            {typeLabel(t, profile.type)} · {fmt.country(profile.country)}
          </Text>
          {profile.population !== null && (
            <Text size="sm">{t('directory.populationValue', { value: fmt.num(profile.population) })}</Text>
          )}
        </>
      )}
      <Anchor component={Link} to={href} size="sm" fw={600} mt={4} display="inline-block">
        {t('map.openProfile')}
      </Anchor>
    </div>
  );
}
