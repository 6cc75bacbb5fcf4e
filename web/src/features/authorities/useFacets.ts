import { useEffect, useState } from 'react';
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
      setFacets(f);
    }, () => undefined);
    return () => ctrl.abort();
  }, []);
  return facets;
}
