import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from './context';

/**
 * Shown to a signed-in user whose accepted notice version is not the one in force (the terms promise
 * to ask again when they change): the notices, linked, and one button that accepts both.
 */
export function ConsentBanner() {
  const { t } = useTranslation();
  const { user, consentCurrent, acceptNotices } = useAuth();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!user || consentCurrent !== false) return null;
  const link = (to: string) => <Anchor component={Link} to={to} target="_blank" rel="noopener" />;
  const accept = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await acceptNotices();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert role="region" aria-label={t('legal.renew.title')} title={t('legal.renew.title')} color="yellow" m="md">
      <Text size="sm">
        <Trans i18nKey="legal.renew.body" components={{ terms: link('/terms'), privacy: link('/privacy') }} />
      </Text>
      {failed && <Text size="sm" c="red.9" role="alert">{t('legal.renew.failed')}</Text>}
      <Group mt="sm">
        <Button size="xs" loading={busy} onClick={() => void accept()}>{t('legal.renew.accept')}</Button>
      </Group>
    </Alert>
  );
}
