import { startTransition, useEffect, useState } from 'react';
import { getFacets, type Facets } from '../../api/authorities';

let cached: Facets | null = null;

/** Directory facets, fetched once per page load. */
export function useFacets(): Facets | null {
  const [facets, setFacets] = useState<Facets | null>(cached);
  useEffect(() => {
    if (cached) return;
    const ctrl = new AbortController();
    getFacets(ctrl.signal).then((f) => {
      cached = f;
      startTransition(() => setFacets(f)); // in slices that leave a phone's main thread free between them
    }, () => undefined);
    return () => ctrl.abort();
  }, []);
  return facets;
}
