import { Alert, Button, Group, Pagination, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listRequests } from '../../api/matching';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { ownAuthority } from './officer';
import { RequestActions } from './RequestActions';
import { RequestCard } from './RequestCard';
import { RequestFilters } from './RequestFilters';
import { RequestsMap } from './RequestsMap';
import { REQUEST_KEYS, REQUESTS_PER_PAGE } from './requestText';
import { SectionHeader } from './SectionHeader';
import { SendInterestModal, type InterestTarget } from './SendInterestModal';
import { useLoad } from './useLoad';
import { useUrlState } from './urlState';

/** The map shows at most the API's page maximum; narrower filters show the rest. */
const MAP_LIMIT = 100;

/** The partner-request board: filters in the URL, list or map, new/edit/close for officers. */
export function RequestsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { user } = useAuth();
  const { params, update, key } = useUrlState(REQUEST_KEYS);
  const isMap = params.view === 'map';
  const offset = Number(params.offset) > 0 ? Number(params.offset) : 0;
  const query = { q: params.q, country: params.country, theme: params.theme, status: params.status };
  const page = useLoad((s) => listRequests(isMap ? { ...query, limit: MAP_LIMIT } : { ...query, limit: REQUESTS_PER_PAGE, offset }, s), key);
  const [target, setTarget] = useState<InterestTarget | null>(null);
  const own = ownAuthority(user);
  const pages = Math.ceil((page.data?.total ?? 0) / REQUESTS_PER_PAGE);

  return (
    <>
      <SectionHeader title={t('partners.tabs.requests')} actions={own && (
        <Button component={Link} to="/partners/requests/new" leftSection={<IconPlus size={18} aria-hidden />}>{t('partners.requests.new')}</Button>
      )} />
      <Paper withBorder radius="lg" p="md" mb="md" component="section" aria-label={t('partners.filters.region')}>
        <RequestFilters params={params} update={update} />
      </Paper>
      <Group justify="space-between" mb="sm">
        <Text fw={600} role="status" aria-live="polite">
          {page.data ? t('partners.requests.count', { count: page.data.total, formatted: fmt.num(page.data.total) }) : ''}
        </Text>
        <SegmentedControl aria-label={t('partners.requests.viewLabel')} value={isMap ? 'map' : 'list'} onChange={(v) => update({ view: v === 'map' ? 'map' : '' })}
          data={[{ value: 'list', label: t('partners.requests.viewList') }, { value: 'map', label: t('partners.requests.viewMap') }]} />
      </Group>
      {page.error !== null && <ErrorAlert error={page.error} />}
      {page.error === null && !page.data && <Loading />}
      {page.data && isMap && page.data.total > page.data.items.length && (
        <Alert color="blue" variant="light" mb="sm">{t('partners.requests.mapLimited', { shown: fmt.num(page.data.items.length), total: fmt.num(page.data.total) })}</Alert>
      )}
      {page.data && isMap && <RequestsMap requests={page.data.items} />}
      {page.data && !isMap && page.data.items.length === 0 && (
        <Paper withBorder p="xl" radius="lg" ta="center"><Text>{t('partners.requests.empty')}</Text></Paper>
      )}
      {page.data && !isMap && page.data.items.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-busy={page.loading}>
          {page.data.items.map((r) => (
            <RequestCard key={r.id} request={r} actions={
              <RequestActions request={r} user={user} onChanged={page.reload} onAnswer={() => setTarget({ code: r.authority.code, name: r.authority.name, requestId: r.id })} />
            } />
          ))}
        </Stack>
      )}
      {!isMap && pages > 1 && (
        <Group justify="center" mt="lg" component="nav" aria-label={t('directory.pagination')}>
          <Pagination total={pages} value={Math.floor(offset / REQUESTS_PER_PAGE) + 1} onChange={(p) => update({ offset: String((p - 1) * REQUESTS_PER_PAGE) })}
            getItemProps={(p) => ({ 'aria-label': t('directory.page', { page: p }) })}
            getControlProps={(control) => ({ 'aria-label': t(`directory.pageControl.${control}`) })} />
        </Group>
      )}
      <SendInterestModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
