import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { getEvent, updateEvent } from '../../api/events';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useLoad } from '../partners/useLoad';
import { draftOfEvent } from './eventDraft';
import { EventForm } from './EventForm';

/** Editing an event, the publishing form filled with it: its organiser, officers of the organising authority and programme staff. */
export default function EditEventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  // `canManage` is the reader's: reloaded when they change.
  const item = useLoad((s) => getEvent(id, s), `${id}:${user?.id ?? ''}`);
  const e = item.data;
  if (item.error !== null) return <Page title={t('events.edit.title')}><ErrorAlert error={item.error} /></Page>;
  if (loading || !e) return <Loading />;
  if (!user || !e.canManage) return <Page title={t('events.edit.title')}><Alert>{t('events.edit.notAllowed')}</Alert></Page>;
  // Keyed by the event, so the form starts again from the server's copy when another event opens.
  return <EventForm key={e.id} user={user} initial={draftOfEvent(e)} title={t('events.edit.title')} intro={t('events.edit.intro')} submitLabel={t('events.edit.submit')} save={(body) => updateEvent(e.id, body)} />;
}
