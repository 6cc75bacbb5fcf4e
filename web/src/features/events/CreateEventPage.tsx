import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { createEvent } from '../../api/events';
import { useAuth } from '../../auth/context';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { emptyEventDraft } from './eventDraft';
import { EventForm } from './EventForm';
import { mayCreateEvent } from './labels';

/** The page to publish an event: programme staff for any organiser, an officer for their own authority. */
export default function CreateEventPage() {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  if (loading) return <Loading />;
  // Mirrors the server's policy; an officer's authority is still checked there.
  if (!user || !mayCreateEvent(user)) return <Page title={t('events.create.title')}><Alert>{t('events.create.signIn')}</Alert></Page>;
  // An officer's event is organised by, and by default held at, their own authority.
  const initial = emptyEventDraft(user.role === 'officer' ? user.authorityCode : null);
  return <EventForm user={user} initial={initial} title={t('events.create.title')} intro={t('events.create.intro')} submitLabel={t('events.create.submit')} save={createEvent} />;
}
