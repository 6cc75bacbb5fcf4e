import { Alert } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatIstanbul } from '../../../../shared/istanbul';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { titleOf } from '../grants/labels';
import { NotFoundPage } from '../misc/NotFoundPage';
import { SignInPrompt } from '../partners/SignInPrompt';
import { ApplicationHeader } from './ApplicationHeader';
import { ApplicationReader } from './ApplicationReader';
import { canEdit } from './draft';
import { DraftEditor } from './DraftEditor';
import { useApplication } from './useApplication';

/** One application: the lead's draft editor with autosave, or the application to read (frozen once submitted). */
export default function ApplicationPage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const { user, authLoading, app, call, missing } = useApplication(id);
  const heading = t('applications.page.heading');
  if (authLoading) return <Loading />;
  if (!user) return <Page title={heading}><SignInPrompt message={t('applications.list.signIn')} /></Page>;
  if (missing) return <NotFoundPage message={t('applications.page.notFound')} />;
  if (app.error) return <Page title={heading}><ErrorAlert error={app.error} /></Page>;
  if (!app.data || app.data.id !== id) return <Loading />;
  const view = app.data;
  const title = titleOf(i18n.language, view).trim() || t('applications.page.untitled', { reference: view.reference });
  return (
    <Page title={title} size="xl">
      <ApplicationHeader view={view} />
      {view.status === 'shortlisted' && (
        <Alert color="teal" variant="light" icon={<IconMailForward aria-hidden />} title={t('grants.invitation.title')} mb="lg" role="status">
          {t('grants.invitation.body', { deadline: t('grants.time.istanbul', { when: formatIstanbul(view.callDeadlineAt, i18n.language) }) })}
        </Alert>
      )}
      {canEdit(view) ? (
        <DraftEditor key={view.id} initial={view} call={call} onChanged={app.setData} />
      ) : (
        <ApplicationReader view={view} call={call} onChanged={app.setData} />
      )}
    </Page>
  );
}
