import { Container, Text, Title } from '@mantine/core';
import { IconInbox, IconMessages, IconSparkles, IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useAuth } from '../../auth/context';
import classes from './PartnersLayout.module.css';

const TABS = [
  { to: '/partners', label: 'partners.tabs.recommended', icon: IconSparkles, end: true, users: false },
  { to: '/partners/requests', label: 'partners.tabs.requests', icon: IconSpeakerphone, end: false, users: false },
  { to: '/partners/inbox', label: 'partners.tabs.inbox', icon: IconInbox, end: false, users: true },
  { to: '/partners/conversations', label: 'partners.tabs.conversations', icon: IconMessages, end: false, users: true },
] as const;

/** The partner-matching hub: its h1 and a row of section links (inbox and conversations for users). */
export function PartnersLayout() {
  const { t } = useTranslation();
  const { user } = useAuth();
  return (
    <Container size="lg" py="xl">
      <Title order={1} fz={{ base: 26, sm: 32 }}>{t('partners.title')}</Title>
      <Text c="dimmed" mt="xs" mb="md" maw={720}>{t('partners.intro')}</Text>
      <nav className={classes.tabs} aria-label={t('partners.sections')}>
        {TABS.filter((tab) => !tab.users || user).map(({ to, label, icon: Icon, end }) => (
          <NavLink key={to} to={to} end={end} className={classes.tab}>
            <Icon size={18} aria-hidden />
            {t(label)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </Container>
  );
}
