import { Alert, Grid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { managesGrants } from '../grants/labels';
import { NotFoundPage } from '../misc/NotFoundPage';
import { SignInPrompt } from '../partners/SignInPrompt';
import { checkable } from './adminCheck';
import { AdminCheckResult } from './AdminCheckResult';
import { ApplicationHeader } from './ApplicationHeader';
import { AttachmentsSection } from './AttachmentsSection';
import { ChecklistForm } from './ChecklistForm';
import { PartnersSection } from './PartnersSection';
import { useApplication } from './useApplication';

/** The secretariat's administrative check of a submitted application; saving moves it on, out, or leaves it in the check. */
export default function AdminCheckPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { user, authLoading, app, missing } = useApplication(id);
  const title = t('applications.check.title');
  if (authLoading) return <Loading />;
  if (!user) return <Page title={title}><SignInPrompt message={t('applications.list.signIn')} /></Page>;
  if (!managesGrants(user)) return <Page title={title}><Text>{t('applications.check.managersOnly')}</Text></Page>;
  if (missing) return <NotFoundPage message={t('applications.page.notFound')} />;
  if (app.error) return <Page title={title}><ErrorAlert error={app.error} /></Page>;
  if (!app.data || app.data.id !== id) return <Loading />;
  const view = app.data;
  return (
    <Page title={t('applications.check.titleNamed', { reference: view.reference })} size="xl">
      <ApplicationHeader view={view} current={title} />
      <Grid gutter="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {checkable(view.status) ? (
              <ChecklistForm key={view.updatedAt} view={view} onSaved={app.setData} />
            ) : (
              <Alert color="gray" variant="light">{t('applications.check.notCheckable', { status: t(`grants.applicationStatus.${view.status}`) })}</Alert>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            {view.adminCheck && <AdminCheckResult check={view.adminCheck} />}
            <PartnersSection view={view} />
            <AttachmentsSection applicationId={view.id} editable={false} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
