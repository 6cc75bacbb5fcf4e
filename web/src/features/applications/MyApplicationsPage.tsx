import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../../shared/grants';
import { listApplications } from '../../api/applications';
import { listCalls } from '../../api/grants';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { managesGrants } from '../grants/labels';
import { ownAuthority } from '../partners/officer';
import { SignInPrompt } from '../partners/SignInPrompt';
import { useLoad } from '../partners/useLoad';
import { ApplicationTable } from './ApplicationTable';
import { ManagerFilters } from './ManagerFilters';
import { OpenCallsToApply } from './OpenCallsToApply';

const isStatus = (s: string | null): s is ApplicationStatus => s !== null && (APPLICATION_STATUSES as readonly string[]).includes(s);

/** Officers: their authority's applications as lead or partner, and open calls to apply to; managers: all, filtered. */
export default function MyApplicationsPage() {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  const [params, setParams] = useSearchParams();
  const manager = managesGrants(user);
  const own = ownAuthority(user);
  const call = params.get('call');
  const status = params.get('status');
  const query = manager ? { call: call ?? undefined, status: isStatus(status) ? status : undefined } : {};
  const apps = useLoad(user && (manager || own) ? (s) => listApplications(query, s) : null, `${user?.id ?? ''}|${JSON.stringify(query)}`);
  const calls = useLoad(user && (manager || own) ? listCalls : null, user?.id ?? '');

  const title = t(manager ? 'applications.list.managerTitle' : 'applications.list.title');
  if (loading) return <Loading />;
  if (!user) return <Page title={title}><SignInPrompt message={t('applications.list.signIn')} /></Page>;
  if (!manager && !own) return <Page title={title}><Text>{t('applications.list.officersOnly')}</Text></Page>;

  const setFilters = (next: { call: string | null; status: string | null }) => {
    const p = new URLSearchParams();
    if (next.call) p.set('call', next.call);
    if (next.status) p.set('status', next.status);
    setParams(p, { replace: true });
  };
  const items = apps.data?.items ?? [];
  return (
    <Page title={title} intro={t(manager ? 'applications.list.managerIntro' : 'applications.list.intro')} size="xl">
      <Stack gap="xl">
        <section aria-labelledby="apps-list">
          <Title order={2} size="h3" id="apps-list" mb="sm">{t('applications.list.heading')}</Title>
          {manager && <ManagerFilters calls={calls.data?.items ?? []} call={call} status={status} onChange={setFilters} />}
          {apps.error !== null && <ErrorAlert error={apps.error} />}
          {apps.loading && !apps.data && <Loading />}
          {apps.data && items.length === 0 && <Text c="dimmed">{t(manager ? 'applications.list.noneFiltered' : 'applications.list.none')}</Text>}
          {items.length > 0 && <ApplicationTable items={items} manager={manager} caption={t('applications.list.caption', { count: items.length })} />}
        </section>
        {own && (
          <section aria-labelledby="apps-open">
            <Title order={2} size="h3" id="apps-open" mb="xs">{t('applications.list.openCalls')}</Title>
            <Text size="sm" c="dimmed" mb="sm">{t('applications.list.openCallsHint')}</Text>
            {calls.error !== null && <ErrorAlert error={calls.error} />}
            {calls.data && <OpenCallsToApply calls={calls.data.items} mine={items} />}
          </section>
        )}
      </Stack>
    </Page>
  );
}
