import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionUser } from '../../../shared/accounts';
import * as accounts from '../api/accounts';
import { setCsrfToken } from '../api/client';
import { currentLang, hasChosenLang, loadAreas, setLang } from '../i18n';
import { AuthContext, type AuthState } from './context';

/** Holds the signed-in user and the CSRF token; refreshes /api/auth/me after every sign-in/up/out. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [loading, setLoading] = useState(true);
  const [consentCurrent, setConsentCurrent] = useState<boolean | null>(null);

  const refresh = useCallback(async (): Promise<SessionUser | null> => {
    try {
      const me = await accounts.getMe();
      setCsrfToken(me.csrfToken);
      setUser(me.user);
      setConsentCurrent(me.consentCurrent ?? null);
      return me.user;
    } catch {
      setUser(null);
      setConsentCurrent(null);
      return null;
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A signed-in person's account menu names grant scheme pages, whose strings load apart (i18n/index.ts).
  useEffect(() => {
    if (user) void loadAreas();
  }, [user]);

  const afterAuth = useCallback(
    async (res: accounts.AuthResponse) => {
      setCsrfToken(res.csrfToken);
      setUser(res.user);
      // Follow the account's language unless the visitor picked one on this device.
      if (!hasChosenLang() && res.user.locale !== currentLang()) setLang(res.user.locale);
      await refresh();
    },
    [refresh],
  );

  const value = useMemo<AuthState>(
    () => ({
      user,
      consentCurrent,
      acceptNotices: async () => {
        await accounts.acceptNotices();
        setConsentCurrent(true);
      },
      loading,
      refresh,
      setUser,
      signIn: async (email, password) => {
        const res = await accounts.signIn({ email, password });
        if ('secondFactor' in res) return 'mailed';
        await afterAuth(res);
        return 'signedIn';
      },
      signUp: async (body) => {
        await accounts.signUp(body);
      },
      openLink: async (kind, token) => afterAuth(await accounts.openMailedLink(kind, token)),
      signOut: async () => {
        try {
          await accounts.signOut();
        } finally {
          setUser(null);
          await refresh();
        }
      },
    }),
    [user, consentCurrent, loading, refresh, afterAuth],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
