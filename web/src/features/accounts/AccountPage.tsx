import { Button, Divider, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/context';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { AccountDetails } from './AccountDetails';
import { MailPreferencesSection } from './MailPreferencesSection';
import { OfficerSection } from './OfficerSection';
import { SessionsSection } from './SessionsSection';
import { SignInPrompt } from './SignInPrompt';

/** The signed-in user's page: details, language, the officer role request, which mails they get. */
export function AccountPage() {
  const { t } = useTranslation();
  const { user, loading, signOut } = useAuth();
  const navigate = useNavigate();
  if (loading) return <Loading />;
  return (
    <Page title={t('accounts.account.title')} size="md">
      {!user ? (
        <SignInPrompt />
      ) : (
        <Stack gap="xl">
          <AccountDetails key={user.id} user={user} />
          <Divider />
          <OfficerSection user={user} />
          <Divider />
          <MailPreferencesSection key={user.id} />
          <Divider />
          <SessionsSection key={`sessions-${user.id}`} />
          <Divider />
          <Group>
            {user.role === 'admin' && <Button component={Link} to="/admin" variant="light">{t('nav.admin')}</Button>}
            <Button variant="default" onClick={() => void signOut().then(() => navigate('/'))}>{t('nav.signOut')}</Button>
          </Group>
        </Stack>
      )}
    </Page>
  );
}
