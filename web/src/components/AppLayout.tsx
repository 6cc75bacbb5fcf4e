import { Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useAuth } from '../auth/context';
import { currentLang, loadAreas, loadPages } from '../i18n';
import { AccountMenu } from './AccountMenu';
import classes from './AppLayout.module.css';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { NAV_ITEMS } from './navItems';

// Mantine's AppShell is not used: its header imports react-remove-scroll (about 8 KB gzipped) for one
// class name. A fixed header of 60 px and a main padded below it are all the shell needs; the header
// keeps that class (right-scroll-bar-position), so it does not jump when a dialog locks the scroll.
const SCROLL_LOCK_FIXED = 'right-scroll-bar-position';

// What the first paint does not show loads on use: the drawer when the menu button is first pressed,
// the notification bell (Mantine's Menu and floating-ui, and the strings it needs beyond the core) and
// the notices banner for signed-in people only.
const ConsentBanner = lazy(() => Promise.all([import('../auth/ConsentBanner'), loadAreas()]).then(([m]) => ({ default: m.ConsentBanner })));
const MobileNav = lazy(() => import('./MobileNav'));
const NotificationBell = lazy(() => Promise.all([import('./NotificationBell'), loadPages()]).then(([m]) => ({ default: m.NotificationBell })));

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
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className={`${classes.shellHeader} ${SCROLL_LOCK_FIXED}`}>
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
      </header>
      {drawerWanted && (
        <Suspense fallback={null}>
          <MobileNav opened={opened} onClose={close} />
        </Suspense>
      )}
      <main id="main" tabIndex={-1} className={classes.main}>
        {user && (
          <Suspense fallback={null}>
            <ConsentBanner />
          </Suspense>
        )}
        <div className={classes.content}>{children}</div>
        <footer className={classes.footer}>
          <p>{t('app.footer')}</p>
          <nav aria-label={t('news.footerNav')}>
            <Link to="/news">{t('news.title')}</Link> · <Link to="/open-data">{t('news.openData.title')}</Link> · <a href={`/api/feed.atom?lang=${currentLang()}`}>{t('news.feed')}</a>
          </nav>
        </footer>
      </main>
    </>
  );
}
