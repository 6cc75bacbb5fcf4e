import { Badge, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getEvent, icsHref } from '../../api/events';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { currentLang } from '../../i18n';
import { Comments } from '../comments/Comments';
import { useLoad } from '../partners/useLoad';
import { textOf } from '../participation/labels';
import { EventFacts, Materials } from './EventFacts';
import { EventMap } from './EventMap';
import { FeedbackForm } from './FeedbackForm';
import { OrganiserTools } from './OrganiserTools';
import { RegistrationPanel } from './RegistrationPanel';

/** An event: what, when (its zone and the reader's), where, seats; registration, feedback, certificate; comments; the organiser's tools. */
export default function EventPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  // Reloaded when the reader changes: their registration and `canManage` are theirs.
  const item = useLoad((s) => getEvent(id, s), `${id}:${user?.id ?? ''}`);
  const e = item.data;
  if (item.error !== null) return <Page title={t('events.title')}><ErrorAlert error={item.error} /></Page>;
  if (!e) return <Loading />;

  return (
    <Page title={textOf(i18n.language, e.title)} size="xl"
      actions={(
        <Group gap="xs">
          <Button component="a" href={icsHref(e.id, currentLang())} variant="light" size="sm" leftSection={<IconCalendarPlus size={16} aria-hidden />}>{t('events.addToCalendar')}</Button>
          {e.canManage && <Button component={Link} to={`/events/${e.id}/edit`} variant="light" size="sm" leftSection={<IconPencil size={16} aria-hidden />}>{t('events.edit.button')}</Button>}
          <Button component={Link} to="/events" variant="default" size="sm">{t('events.backToList')}</Button>
        </Group>
      )}>
      <Stack gap="xl">
        <Group gap="xs">
          <Badge variant="light">{t(`events.kinds.${e.kind}`)}</Badge>
          <Badge variant="light" color="gray">{t(`events.timing.${e.timing}`)}</Badge>
          {e.demo && <Badge color="yellow" variant="light">{t('events.demo')}</Badge>}
        </Group>
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="lg">
              <EventFacts event={e} />
              <Text style={{ whiteSpace: 'pre-line' }} maw={760}>{textOf(i18n.language, e.description)}</Text>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <EventMap event={e} />
          </Grid.Col>
        </Grid>
        <RegistrationPanel event={e} onChanged={item.reload} />
        <FeedbackForm event={e} onSaved={item.reload} />
        <Materials event={e} />
        <Comments kind="event" id={e.id} />
        {e.canManage && <OrganiserTools event={e} onChanged={item.reload} />}
      </Stack>
    </Page>
  );
}
