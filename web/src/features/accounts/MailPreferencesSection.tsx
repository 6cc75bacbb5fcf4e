import { Button, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_GROUPS, type MailPreferences } from '../../../../shared/notifications';
import { getMailPreferences, saveMailPreferences } from '../../api/accounts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { notify } from '../../components/notify';

/** Which groups of notification mail the user gets; the bell shows every notification regardless. */
export function MailPreferencesSection() {
  const { t } = useTranslation();
  const [prefs, setPrefs] = useState<MailPreferences | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const ctl = new AbortController();
    getMailPreferences(ctl.signal).then(setPrefs, (err: unknown) => {
      if (!ctl.signal.aborted) setError(err);
    });
    return () => ctl.abort();
  }, []);

  const save = async () => {
    if (!prefs) return;
    setBusy(true);
    setError(null);
    try {
      setPrefs(await saveMailPreferences(prefs));
      notify('teal', t('accounts.mail.saved'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="mail-title">
      <Title order={2} size="h3" id="mail-title" mb="xs">{t('accounts.mail.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">{t('accounts.mail.intro')}</Text>
      {error !== null && <ErrorAlert error={error} />}
      {!prefs ? (
        error === null && <Loading />
      ) : (
        <Stack gap="sm">
          {MAIL_GROUPS.map((g) => (
            <Switch key={g} checked={prefs[g]} onChange={(e) => setPrefs({ ...prefs, [g]: e.currentTarget.checked })}
              label={t(`accounts.mail.groups.${g}`)} description={t(`accounts.mail.hints.${g}`)} />
          ))}
          <Group>
            <Button onClick={() => void save()} loading={busy}>{t('accounts.mail.save')}</Button>
          </Group>
        </Stack>
      )}
    </section>
  );
}
