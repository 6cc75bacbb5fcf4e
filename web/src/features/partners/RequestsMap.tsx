import { List, Text } from '@mantine/core';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerRequest } from '../../../../shared/matching';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { AuthorityLabel } from '../authorities/AuthorityLabel';
import { requestPoints } from './requestLayer';

const TwinMap = lazy(() => import('../../components/map/TwinMap'));

/** The requests on the map: one dot per requesting authority; a click lists its requests. */
export function RequestsMap({ requests }: { requests: PartnerRequest[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const points = useMemo(() => requestPoints(requests), [requests]);
  const renderPopup = useCallback(
    (i: number) => {
      const group = points.groups[i] ?? [];
      const a = group[0]?.authority;
      if (!a) return null;
      return (
        <div>
          <AuthorityLabel authority={a} fw={700} />
          <Text size="sm" c="dimmed">{fmt.country(a.country)}</Text>
          <List size="sm" mt={4}>{group.map((r) => <List.Item key={r.id}>{r.title}</List.Item>)}</List>
        </div>
      );
    },
    [points, fmt],
  );
  return (
    <Suspense fallback={<Loading />}>
      <TwinMap layer={points.layer} renderPopup={renderPopup} height="min(60vh, 560px)"
        label={t('partners.requests.mapLabel', { count: points.groups.length, formatted: fmt.num(points.groups.length) })} />
    </Suspense>
  );
}
