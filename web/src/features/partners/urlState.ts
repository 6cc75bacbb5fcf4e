import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

export type Params<K extends string> = Partial<Record<K, string>>;

/** Read the known keys from a query string, dropping empty ones. */
export function readKeys<K extends string>(search: URLSearchParams, keys: readonly K[]): Params<K> {
  const out: Params<K> = {};
  for (const key of keys) {
    const value = search.get(key);
    if (value !== null && value.trim() !== '') out[key] = value;
  }
  return out;
}

/** Apply a change; any change other than the page itself goes back to the first page. */
export function patchSearch(search: URLSearchParams, patch: Record<string, string | undefined>): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value.trim() === '') next.delete(key);
    else next.set(key, value);
  }
  if (!('offset' in patch)) next.delete('offset');
  return next;
}

/** Page state in the URL (links, reloads and Back keep it); each committed change is one history entry. */
export function useUrlState<K extends string>(keys: readonly K[]) {
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the query string, not the object
  const params = useMemo(() => readKeys(search, keys), [key]);
  const latest = useRef(search);
  latest.current = search;
  const update = useCallback(
    (patch: Params<K>) => {
      const next = patchSearch(latest.current, patch);
      if (next.toString() !== latest.current.toString()) setSearch(next);
    },
    [setSearch],
  );
  return { params, update, key };
}
