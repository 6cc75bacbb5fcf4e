import { Anchor, Breadcrumbs, Grid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { getActivities, getTwinning, listFiles } from '../../api/twinnings';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { NotFoundPage } from '../misc/NotFoundPage';
import { useLoad } from '../partners/useLoad';
import { Comments } from '../comments/Comments';
import { LinkedConsultations } from '../participation/LinkedConsultations';
import { ActivitiesSection } from './ActivitiesSection';
import { FilesSection } from './FilesSection';
import { sideOf } from './lifecycle';
import { LifecyclePanel } from './LifecyclePanel';
import { Timeline } from './Timeline';
import { TwinningSides } from './TwinningSides';
import { useNames } from '../authorities/useNames';

/** One twinning: its two sides, state and next steps, timeline, documents and activities. */
export default function TwinningPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { user } = useAuth();
  const names = useNames();
  const key = `${id}|${user?.id ?? ''}`;
  const tw = useLoad((s) => getTwinning(id, s), key);
  const activities = useLoad((s) => getActivities(id, s), key);
  const files = useLoad((s) => listFiles(id, s), key);

  const missing = tw.error instanceof ApiRequestError && (tw.error.status === 404 || tw.error.status === 400);
  if (missing) return <NotFoundPage message={t('twinnings.page.notFound')} />;
  if (tw.error) return <Page title={t('twinnings.page.title')}><ErrorAlert error={tw.error} /></Page>;
  if (!tw.data || tw.data.id !== id) return <Loading />;
  const data = tw.data;
  const officer = sideOf(user, data) !== null;
  const changed = () => { tw.reload(); activities.reload(); };
  const filesChanged = () => { files.reload(); tw.reload(); };

  return (
    <Page title={t('twinnings.pair', { a: names.parts(data.a).label, b: names.parts(data.b).label })}>
      <Stack gap="lg">
        <Breadcrumbs mt={-12}>
          <Anchor component={Link} to="/twinnings" size="sm" underline="hover">{t('twinnings.registry.title')}</Anchor>
          <Text size="sm">{t('twinnings.page.title')}</Text>
        </Breadcrumbs>
        <TwinningSides twinning={data} />
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              <LifecyclePanel twinning={data} onChanged={changed} />
              {activities.error !== null && <ErrorAlert error={activities.error} />}
              {activities.data ? (
                <ActivitiesSection twinningId={id} activities={activities.data} files={files.data?.items ?? []} canLog={officer && data.status !== 'ended'}
                  onActivitiesChanged={changed} onFilesChanged={filesChanged} />
              ) : activities.error === null && <Loading />}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              {files.error !== null && <ErrorAlert error={files.error} />}
              {files.data && <FilesSection twinningId={id} files={files.data.items} canManage={officer} onChanged={filesChanged} />}
              <LinkedConsultations kind="twinning" id={id} />
              <Timeline twinning={data} />
            </Stack>
          </Grid.Col>
        </Grid>
        <Comments kind="twinning" id={id} />
      </Stack>
    </Page>
  );
}
