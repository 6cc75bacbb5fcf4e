import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/** The directory's URL parameters: the same names as GET /api/authorities. */
export const DIRECTORY_PARAMS = [
  'q', 'country', 'type', 'region', 'minPopulation', 'maxPopulation', 'near', 'radiusKm', 'sort', 'limit', 'offset',
] as const;
export type DirectoryParam = (typeof DIRECTORY_PARAMS)[number];
export type DirectoryParams = Partial<Record<DirectoryParam, string>>;

export const DEFAULT_LIMIT = 20;

/** Read the known parameters from a query string, dropping empty ones. */
export function readParams(search: URLSearchParams): DirectoryParams {
  const out: DirectoryParams = {};
  for (const key of DIRECTORY_PARAMS) {
    const value = search.get(key);
    if (value !== null && value.trim() !== '') out[key] = value;
  }
  return out;
}

/** Apply a change; any filter change goes back to the first page. */
export function applyPatch(search: URLSearchParams, patch: DirectoryParams): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value.trim() === '') next.delete(key);
    else next.set(key, value);
  }
  if (!('offset' in patch)) next.delete('offset');
  if (next.get('sort') === 'distance' && !next.get('near')) next.delete('sort');
  return next;
}

/** The sort the API applies when none is given. */
export function effectiveSort(params: DirectoryParams): string {
  return params.sort ?? (params.q ? 'relevance' : params.near ? 'distance' : '-population');
}

/** Directory state held in the URL so links, reloads and the back button keep it. */
export function useDirectoryParams() {
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the query string, not the object
  const params = useMemo(() => readParams(search), [key]);
  const latest = useRef(search);
  latest.current = search;
  // Each committed change is one history entry (so Back undoes it); a no-op change adds none.
  const update = useCallback(
    (patch: DirectoryParams, options: { replace?: boolean } = {}) => {
      const next = applyPatch(latest.current, patch);
      if (next.toString() !== latest.current.toString()) setSearch(next, { replace: options.replace ?? false });
    },
    [setSearch],
  );
  return { params, update, key };
}
