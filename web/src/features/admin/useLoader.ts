import { useCallback, useEffect, useState } from 'react';

/** Load data with `load` whenever `key` changes; `reload` fetches again (after a change). */
export function useLoader<T>(load: () => Promise<T>, key: string) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const run = useCallback(() => {
    let live = true;
    setLoading(true);
    load().then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(null);
        setLoading(false);
      },
      (err: unknown) => {
        if (!live) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reloads by `key`, not by the closure
  }, [key]);
  useEffect(run, [run]);
  return { data, error, loading, reload: run };
}
