import { startTransition, useEffect, useState } from 'react';
import type { AuthoritySearchResult } from '../../../../shared/authorities';
import { searchAuthorities } from '../../api/authorities';
import { isAbort } from '../../api/client';
import type { DirectoryParams } from './directoryParams';

interface SearchState {
  data: AuthoritySearchResult | null;
  error: unknown;
  loading: boolean;
}

/** Fetch a directory page for the URL parameters; a newer query aborts the older one. */
export function useSearchResults(params: DirectoryParams, key: string): SearchState {
  const [state, setState] = useState<SearchState>({ data: null, error: null, loading: true });
  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    searchAuthorities(params, ctrl.signal).then(
      // Renders as a transition: in slices that leave a phone's main thread free between them.
      (data) => startTransition(() => setState({ data, error: null, loading: false })),
      (error: unknown) => {
        if (!isAbort(error)) setState({ data: null, error, loading: false });
      },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the query string of `params`
  }, [key]);
  return state;
}
