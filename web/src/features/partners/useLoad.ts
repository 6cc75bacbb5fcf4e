import { startTransition, useCallback, useEffect, useState } from 'react';
import { isAbort } from '../../api/client';

interface LoadState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
}

/**
 * Run `load` whenever `key` changes (a newer run aborts the older one); `reload` runs it again,
 * `setData` replaces the data after a local change.
 */
export function useLoad<T>(load: ((signal: AbortSignal) => Promise<T>) | null, key: string) {
  const [state, setState] = useState<LoadState<T>>({ data: null, error: null, loading: load !== null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!load) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    load(ctrl.signal).then(
      // Renders as a transition: in slices that leave a phone's main thread free between them.
      (data) => startTransition(() => setState({ data, error: null, loading: false })),
      (error: unknown) => {
        if (!isAbort(error) && !ctrl.signal.aborted) setState({ data: null, error, loading: false });
      },
    );
    return () => ctrl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` names everything `load` depends on
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const setData = useCallback((data: T) => setState({ data, error: null, loading: false }), []);
  return { ...state, reload, setData };
}
