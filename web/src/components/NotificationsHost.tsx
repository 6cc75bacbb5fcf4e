import { lazy, Suspense, useSyncExternalStore } from 'react';
import { notificationsWanted, subscribeNotifications } from './notify';

const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));

/** Mantine's notification container, mounted (and downloaded) with the first notification. */
export function NotificationsHost() {
  const wanted = useSyncExternalStore(subscribeNotifications, notificationsWanted, notificationsWanted);
  return wanted ? (
    <Suspense fallback={null}>
      <Notifications position="top-right" />
    </Suspense>
  ) : null;
}
