import { notifications } from '@mantine/notifications';
import i18n from '../i18n';

/** Show a notification whose close button is named in the current language. */
export function notify(color: 'teal' | 'red', message: string, title?: string): void {
  notifications.show({ color, message, title, closeButtonProps: { 'aria-label': i18n.t('common.close') } });
}
