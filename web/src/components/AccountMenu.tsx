import { Button } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../auth/context';
import { loadAreas } from '../i18n';

// The signed-in menu (Mantine's Menu, its popover and floating-ui) loads only for signed-in people,
// with the area strings that name its grant scheme entries.
const UserMenu = lazy(() => Promise.all([import('./UserMenu'), loadAreas()]).then(([m]) => m));

const AUTH_PAGES = ['/signin', '/signup', '/forgot-password', '/reset-password'];

/** The sign-in link, coming back to the current page afterwards. */
function signInHref(current: string): string {
  if (current === '/' || AUTH_PAGES.some((p) => current.startsWith(p))) return '/signin';
  return `/signin?next=${encodeURIComponent(current)}`;
}

/** "Sign in" for visitors; for users a menu with account, admin (admins only) and sign-out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  const location = useLocation();
  if (user) {
    return (
      <Suspense fallback={null}>
        <UserMenu />
      </Suspense>
    );
  }
  // While the session is asked for, the button keeps its place unseen, so the header does not shift.
  return (
    <Button
      component={Link}
      to={signInHref(location.pathname + location.search)}
      variant="white"
      size="compact-md"
      style={loading ? { visibility: 'hidden' } : undefined}
      aria-hidden={loading || undefined}
      tabIndex={loading ? -1 : undefined}
    >
      {t('nav.signIn')}
    </Button>
  );
}
