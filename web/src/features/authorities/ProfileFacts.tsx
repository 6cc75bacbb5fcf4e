import { useTranslation } from 'react-i18next';
import type { AuthorityProfile } from '../../../../shared/authorities';
import { useFormat } from '../../i18n/format';
import { coordSourceLabel, typeLabel } from './labels';
import { useNames } from './useNames';

/** Key facts as a definition list: country, type, region, population, area, coordinates. */
export function ProfileFacts({ profile: p }: { profile: AuthorityProfile }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useNames();
  const rows: [string, string][] = [
    [t('profile.country'), fmt.country(p.country)],
    [t('profile.type'), typeLabel(t, p.type)],
  ];
  if (p.province) rows.push([t('profile.province'), p.province]);
  if (p.district) rows.push([t('profile.district'), p.district]);
  if (p.country !== 'TR') {
    const region = names.region(p);
    if (region) rows.push([t('profile.region'), region]);
    if (p.region) rows.push([t('profile.nutsRegion'), p.region]);
    if (p.nuts2) rows.push([t('profile.nuts2'), p.nuts2]);
  }
  rows.push([t('profile.population'), fmt.num(p.population)]);
  if (p.areaKm2 !== null) rows.push([t('profile.area'), t('profile.areaValue', { value: fmt.num(p.areaKm2, 1) })]);
  if (p.lat !== null && p.lon !== null) {
    const coords = `${fmt.num(p.lat, 4)}, ${fmt.num(p.lon, 4)}`;
    rows.push([t('profile.coordinates'), p.coordSource ? `${coords} (${coordSourceLabel(t, p.coordSource)})` : coords]);
  }
  rows.push([t('profile.code'), p.code]);
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
