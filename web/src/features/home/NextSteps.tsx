import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeView } from '../../../../shared/home';

/** For a user with nothing to do yet (a citizen, a pending officer): the next steps, each linked. */
export function NextSteps({ view }: { view: HomeView }) {
  const { t } = useTranslation();
  const request = view.officerRequest;
  const name = request ? (request.authorityName ?? request.authorityCode) : '';
  const steps = [
    ...(request ? [] : [{ text: t('myHome.next.officer'), to: '/account', action: t('myHome.next.officerAction') }]),
    { text: t('myHome.next.directory'), to: '/authorities', action: t('myHome.next.directoryAction') },
    { text: t('myHome.next.grants'), to: '/grants', action: t('myHome.next.grantsAction') },
  ];
  return (
    <Stack>
      {request?.status === 'pending' && <Alert color="yellow" variant="light">{t('myHome.next.pending', { name })}</Alert>}
      {request?.status === 'rejected' && (
        <Alert color="red" variant="light">
          {t('myHome.next.rejected', { name })}{' '}
          <Anchor component={Link} to="/account">{t('myHome.next.rejectedAction')}</Anchor>
        </Alert>
      )}
      <Paper component="section" aria-labelledby="home-next" withBorder radius="lg" p="md">
        <Title order={2} size="h4" id="home-next" mb="sm">{t('myHome.next.title')}</Title>
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {steps.map((s) => (
            <li key={s.to}>
              <Text size="sm">{s.text}</Text>
              <Anchor component={Link} to={s.to} fw={600} size="sm">{s.action}</Anchor>
            </li>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
