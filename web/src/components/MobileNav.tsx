import { Drawer, NavLink as MantineNavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { NAV_ITEMS } from './navItems';

/** The navigation drawer of narrow screens (loaded when the menu button is first used). */
export default function MobileNav({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer.Root opened={opened} onClose={onClose} size="xs">
      <Drawer.Overlay />
      <Drawer.Content>
        <Drawer.Header {...{ component: 'div' }}>
          <Drawer.Title fw={700}>{t('app.name')}</Drawer.Title>
          <Drawer.CloseButton aria-label={t('common.close')} />
        </Drawer.Header>
        <Drawer.Body>
          <Stack gap={2} component="nav" aria-label={t('nav.main')}>
            <MantineNavLink component={NavLink} to="/" label={t('nav.home')} />
            {NAV_ITEMS.map((item) => (
              <MantineNavLink key={item.to} component={NavLink} to={item.to} label={t(item.label)} />
            ))}
          </Stack>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
