import { startTransition, useEffect, useState } from 'react';
import { getStats, type Stats } from '../../api/stats';

/** The dashboard's figures: null while loading; `failed` when the server could not answer. */
export function useStats(): { stats: Stats | null; failed: boolean } {
  const [stats, setStats] = useState<Stats | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const ctrl = new AbortController();
    // The figures render as a transition: in slices that leave a phone's main thread free between them.
    getStats(ctrl.signal).then((s) => startTransition(() => setStats(s)), () => setFailed(!ctrl.signal.aborted));
    return () => ctrl.abort();
  }, []);
  return { stats, failed };
}
