import { useEffect, useState } from 'react';
import { getStats, type Stats } from '../../api/stats';

/** The dashboard's figures: null while loading; `failed` when the server could not answer. */
export function useStats(): { stats: Stats | null; failed: boolean } {
  const [stats, setStats] = useState<Stats | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const ctrl = new AbortController();
    getStats(ctrl.signal).then(setStats, () => setFailed(!ctrl.signal.aborted));
    return () => ctrl.abort();
  }, []);
  return { stats, failed };
}
