import { Button, Divider, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/context';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { AccountDetails } from './AccountDetails';
import { MailPreferencesSection } from './MailPreferencesSection';
import { OfficerSection } from './OfficerSection';
import { PrivacySection } from './PrivacySection';
import { PasswordSection } from './PasswordSection';
import { SessionsSection } from './SessionsSection';
import { SignInPrompt } from './SignInPrompt';

/** The signed-in user's page: details, language, the officer role request, which mails they get, password and sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  const { user, loading, signOut } = useAuth();
  const navigate = useNavigate();
  // A password change signs out the other sessions: the list reloads.
  const [sessionsVersion, setSessionsVersion] = useState(0);
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
          <PasswordSection onChanged={() => setSessionsVersion((n) => n + 1)} />
          <Divider />
          <SessionsSection key={`sessions-${user.id}-${sessionsVersion}`} />
          <Divider />
          <PrivacySection />
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
