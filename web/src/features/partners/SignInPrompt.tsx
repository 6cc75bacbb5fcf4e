import { Button, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** For visitors on a page that needs an account (or an officer's link to an authority). */
export function SignInPrompt({ message }: { message: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Paper withBorder p="lg" radius="lg" bg="gray.0" maw={640}>
      <Text mb="sm">{message}</Text>
      <Button component={Link} to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} variant="light">
        {t('nav.signIn')}
      </Button>
    </Paper>
  );
}
