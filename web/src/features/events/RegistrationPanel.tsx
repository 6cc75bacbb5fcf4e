import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Event } from '../../../../shared/events';
import { cancelRegistration, certificateHref, register } from '../../api/events';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLang } from '../../i18n';
import { useFormat } from '../../i18n/format';

/** The reader's standing in words: a seat, a place on the waiting list, cancelled, or nothing yet. */
function Standing({ event: e }: { event: Event }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = e.me;
  if (me.status === 'registered') return <Text fw={600}>{t(me.attended ? 'events.registration.attended' : 'events.registration.registered')}</Text>;
  if (me.status === 'waiting') return <Text fw={600}>{t('events.registration.waiting', { position: fmt.num(me.position ?? 0) })}</Text>;
  if (me.status === 'cancelled') return <Text>{t('events.registration.cancelled')}</Text>;
  return null;
}

/**
 * Taking part: sign in, register (or join the waiting list when full), cancel until the deadline; after
 * attending, the certificate. A conflict (deadline passed, already registered) is said by ErrorAlert.
 */
export function RegistrationPanel({ event: e, onChanged }: { event: Event; onChanged: () => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      setDone(await action());
      onChanged();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };
  const join = () => act(async () => ((await register(e.id)).status === 'registered' ? t('events.registration.doneRegistered') : t('events.registration.doneWaiting')));
  const leave = () => act(async () => { await cancelRegistration(e.id); return t('events.registration.doneCancelled'); });

  const active = e.me.status === 'registered' || e.me.status === 'waiting';
  return (
    <section aria-labelledby="registration-title">
      <Paper withBorder p="md" maw={760}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="registration-title">{t('events.registration.title')}</Title>
          {!user ? (
            <Text>
              {t('events.registration.signInFirst')}{' '}
              <Anchor component={Link} to={`/signin?next=${encodeURIComponent(`/events/${e.id}`)}`}>{t('nav.signIn')}</Anchor>
            </Text>
          ) : (
            <>
              <Standing event={e} />
              {!e.registrationOpen && !active && <Text c="dimmed">{t('events.registration.closed')}</Text>}
              <Group gap="sm">
                {e.registrationOpen && !active && (
                  <Button loading={busy} onClick={() => void join()}>{t(e.seatsLeft > 0 ? 'events.registration.register' : 'events.registration.joinWaiting')}</Button>
                )}
                {e.registrationOpen && active && (
                  <Button variant="default" loading={busy} onClick={() => void leave()}>
                    {t(e.me.status === 'waiting' ? 'events.registration.leaveWaiting' : 'events.registration.cancel')}
                  </Button>
                )}
                {e.me.certificate && (
                  <Button component="a" href={certificateHref(e.id, currentLang())} variant="light" download>{t('events.certificate.download')}</Button>
                )}
              </Group>
              {done && <Alert color="teal" variant="light" role="status">{done}</Alert>}
              {failure !== null && <ErrorAlert error={failure} />}
            </>
          )}
        </Stack>
      </Paper>
    </section>
  );
}
