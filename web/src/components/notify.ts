import i18n from '../i18n';

// Mantine's notifications (their store, container and transitions) load with the first message, not
// with the first page: `NotificationsHost` mounts the container once a message asked for it, and the
// store keeps a message shown before the container is in.
let wanted = false;
const listeners = new Set<() => void>();

/** Subscribe to "a notification was asked for" (for useSyncExternalStore). */
export function subscribeNotifications(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once a notification was asked for: the container is then mounted. */
export const notificationsWanted = (): boolean => wanted;

/** Show a notification whose close button is named in the current language. */
export function notify(color: 'teal' | 'red', message: string, title?: string): void {
  const closeLabel = i18n.t('common.close');
  void import('@mantine/notifications').then(({ notifications }) => {
    notifications.show({ color, message, title, closeButtonProps: { 'aria-label': closeLabel } });
    if (!wanted) {
      wanted = true;
      for (const listener of listeners) listener();
    }
  });
}
