import { createContext, useContext } from 'react';
import type { SessionUser, SignUpBody } from '../../../shared/accounts';

/** What sign-up sends: the account, and the consent to the terms and the privacy notice (both must be given). */
export type SignUpInput = SignUpBody;

export interface AuthState {
  user: SessionUser | null;
  /** Whether the signed-in user accepted the notices in force (null signed out or not known). */
  consentCurrent: boolean | null;
  /** Accept the current terms of use and privacy notice. */
  acceptNotices: () => Promise<void>;
  /** True until the first /api/auth/me answered. */
  loading: boolean;
  refresh: () => Promise<SessionUser | null>;
  setUser: (user: SessionUser | null) => void;
  /** 'mailed' when the account asks for the mailed one-time link as well (many failed sign-ins). */
  signIn: (email: string, password: string) => Promise<'signedIn' | 'mailed'>;
  /** Asks for an account; the server mails the link that creates it. */
  signUp: (input: SignUpInput) => Promise<void>;
  /** Opens a mailed sign-up or sign-in link, which signs in. */
  openLink: (kind: 'signup' | 'signin', token: string) => Promise<void>;
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

/** The auth state; components under <AuthProvider> only. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** Mirrors the server policy: admins edit every profile, officers their own authority's. */
export function canEditAuthority(user: SessionUser | null, code: string): boolean {
  if (!user) return false;
  return user.role === 'admin' || (user.role === 'officer' && user.authorityCode === code);
}
