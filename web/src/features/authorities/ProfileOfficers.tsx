import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { AuthorityProfile } from '../../../../shared/authorities';

/** Contact officers for signed-in users; a sign-in prompt for visitors. */
export function ProfileOfficers({ profile }: { profile: AuthorityProfile }) {
  const { t } = useTranslation();
  const location = useLocation();
  const officers = profile.officers;
  return (
    <section aria-labelledby="officers-title">
      <Title order={2} size="h3" id="officers-title" mb="xs">{t('profile.officers')}</Title>
      {officers === undefined ? (
        <Paper withBorder p="md" radius="md" bg="gray.0">
          <Text size="sm" mb="sm">{t('profile.signInForOfficers')}</Text>
          <Button component={Link} to={`/signin?next=${encodeURIComponent(location.pathname)}`} size="xs" variant="light">
            {t('nav.signIn')}
          </Button>
        </Paper>
      ) : officers.length === 0 ? (
        <Text c="dimmed" size="sm">{t('profile.noOfficers')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {officers.map((o) => (
            <li key={o.email}>
              <Text fw={600}>{o.name}</Text>
              {o.position && <Text size="sm" c="dimmed">{o.position}</Text>}
              <Anchor size="sm" href={`mailto:${o.email}`}>{o.email}</Anchor>
            </li>
          ))}
        </Stack>
      )}
    </section>
  );
}
