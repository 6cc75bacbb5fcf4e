import { useEffect, useState } from 'react';
import type { AuthorityProfile } from '../../../../shared/authorities';
import { getAuthority } from '../../api/authorities';
import { AuthorityLabel } from '../authorities/AuthorityLabel';

/** A link to an authority's profile showing its name once loaded (its code until then). */
export function AuthorityName({ code }: { code: string }) {
  const [profile, setProfile] = useState<AuthorityProfile | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    getAuthority(code, ctrl.signal).then(setProfile, () => undefined);
    return () => ctrl.abort();
  }, [code]);
  return <AuthorityLabel authority={profile ?? { code, name: code }} fw={400} />;
}
