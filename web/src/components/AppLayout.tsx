import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { ConsentBanner } from '../auth/ConsentBanner';
import { useAuth } from '../auth/context';
import { currentLang } from '../i18n';
import { AccountMenu } from './AccountMenu';
import classes from './AppLayout.module.css';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { NAV_ITEMS } from './navItems';

// What the first paint does not show loads on use: the drawer when the menu button is first pressed,
// the notification bell (Mantine's Menu and floating-ui) for signed-in people only.
const MobileNav = lazy(() => import('./MobileNav'));
const NotificationBell = lazy(() => import('./NotificationBell').then((m) => ({ default: m.NotificationBell })));

/** The app shell: skip link, header with navigation, language and account, main landmark, footer. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [drawerWanted, setDrawerWanted] = useState(false);
  const { user } = useAuth();
  const location = useLocation();
  useEffect(close, [location.pathname, close]);
  useEffect(() => {
    if (opened) setDrawerWanted(true);
  }, [opened]);

  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <AppShell.Header withBorder={false}>
        <div className={classes.header}>
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="lg"
            size="sm"
            color="white"
            aria-label={t('nav.menu')}
            aria-expanded={opened}
          />
          <Link to="/" className={classes.logo} aria-label={t('nav.homeLabel')}>
            <Logo />
          </Link>
          <Group visibleFrom="lg" className={classes.nav} component="nav" aria-label={t('nav.main')}>
            {NAV_ITEMS.map((item) => (
              <NavLink key={item.to} to={item.to} className={classes.navLink}>
                {t(item.label)}
              </NavLink>
            ))}
          </Group>
          <div className={classes.spacer} />
          <LanguageSwitch />
          {user && (
            <Suspense fallback={null}>
              <NotificationBell />
            </Suspense>
          )}
          <AccountMenu />
        </div>
      </AppShell.Header>
      {drawerWanted && (
        <Suspense fallback={null}>
          <MobileNav opened={opened} onClose={close} />
        </Suspense>
      )}
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <ConsentBanner />
        <div className={classes.content}>{children}</div>
        <footer className={classes.footer}>
          <p>{t('app.footer')}</p>
          <nav aria-label={t('news.footerNav')}>
            <Link to="/news">{t('news.title')}</Link> · <Link to="/open-data">{t('news.openData.title')}</Link> · <a href={`/api/feed.atom?lang=${currentLang()}`}>{t('news.feed')}</a>
          </nav>
        </footer>
      </AppShell.Main>
    </AppShell>
  );
}
