import { Button, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** Shown on pages that need a signed-in user. */
export function SignInPrompt() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Paper withBorder p="lg" radius="lg" maw={560}>
      <Text mb="md">{t('accounts.signInRequired')}</Text>
      <Button component={Link} to={`/signin?next=${encodeURIComponent(pathname)}`}>{t('nav.signIn')}</Button>
    </Paper>
  );
}
