import { Anchor } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { getAuthority } from '../../api/authorities';

/** A link to an authority's profile showing its name once loaded (its code until then). */
export function AuthorityName({ code }: { code: string }) {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    getAuthority(code, ctrl.signal).then((p) => setName(p.name), () => undefined);
    return () => ctrl.abort();
  }, [code]);
  return (
    <Anchor component={Link} to={`/authorities/${encodeURIComponent(code)}`} fz="inherit">
      {name ?? code}
    </Anchor>
  );
}
