import { useCallback, useEffect, useState } from 'react';
import { getNotifications, markNotificationsRead, type NotificationList } from '../api/matching';

export const POLL_MS = 60_000;

/** The signed-in user's notifications, polled every minute while the tab is visible; null when signed out. */
export function useNotifications(userId: string | null) {
  const [data, setData] = useState<NotificationList | null>(null);
  const refresh = useCallback(async () => {
    if (!userId) return;
    try {
      setData(await getNotifications());
    } catch {
      // A missed poll is retried on the next tick; the bell keeps its last state.
    }
  }, [userId]);

  useEffect(() => {
    setData(null);
    if (!userId) return;
    void refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') void refresh();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [userId, refresh]);

  const markAllRead = useCallback(async () => {
    await markNotificationsRead();
    await refresh();
  }, [refresh]);
  return { data, refresh, markAllRead };
}
