import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconFileText, IconHome, IconLogout, IconMessageReport, IconShieldLock, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../auth/context';
import { mayModerate } from '../features/comments/comments.rules';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toLocaleUpperCase())
    .join('');
}

/** The signed-in person's menu: home, account, applications, admin and moderation (by role), sign-out. */
export default function UserMenu() {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  if (!user) return null;
  return (
    // No focus placeholder: a focusable child without a role breaks the menu for screen readers (axe: required children).
    <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton c="white">
          <Group gap={6} wrap="nowrap">
            <VisuallyHidden>{`${t('nav.accountMenu')}: `}</VisuallyHidden>
            <Avatar size="sm" color="yellow.4" variant="filled" autoContrast aria-hidden="true">
              {initials(user.name)}
            </Avatar>
            <Text visibleFrom="md" size="sm" fw={500} c="white" maw={160} truncate>
              {user.name}
            </Text>
            <VisuallyHidden hiddenFrom="md">{user.name}</VisuallyHidden>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/me" leftSection={<IconHome size={16} />}>
          {t('nav.myHome')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} />}>
          {t('nav.account')}
        </Menu.Item>
        {(user.authorityCode || user.role === 'programme_manager' || user.role === 'admin') && (
          <Menu.Item component={Link} to="/grants/applications" leftSection={<IconFileText size={16} />}>
            {t(user.role === 'programme_manager' || user.role === 'admin' ? 'applications.nav.all' : 'applications.nav.mine')}
          </Menu.Item>
        )}
        {user.role === 'admin' && (
          <Menu.Item component={Link} to="/admin" leftSection={<IconShieldLock size={16} />}>
            {t('nav.admin')}
          </Menu.Item>
        )}
        {mayModerate(user.role) && (
          <Menu.Item component={Link} to="/moderation" leftSection={<IconMessageReport size={16} />}>
            {t('comments.moderation.nav')}
          </Menu.Item>
        )}
        <Menu.Item
          leftSection={<IconLogout size={16} />}
          onClick={() => void signOut().then(() => navigate('/'))}
        >
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
