import { startTransition, useEffect, useState } from 'react';
import type { AuthorityProfile } from '../../../../shared/authorities';
import { getAuthority } from '../../api/authorities';

interface State {
  profile: AuthorityProfile | null;
  error: unknown;
  loading: boolean;
}

/** Load a profile; reloads when the code or the signed-in user changes (officers are for users only). */
export function useProfile(code: string, userId: string | null) {
  const [state, setState] = useState<State>({ profile: null, error: null, loading: true });
  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true, error: null }));
    getAuthority(code, ctrl.signal).then(
      // Renders as a transition: in slices that leave a phone's main thread free between them.
      (profile) => startTransition(() => setState({ profile, error: null, loading: false })),
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ profile: null, error, loading: false });
      },
    );
    return () => ctrl.abort();
  }, [code, userId]);
  const setProfile = (profile: AuthorityProfile) => setState({ profile, error: null, loading: false });
  return { ...state, setProfile };
}
