import { ActionIcon, Indicator, Menu, Text } from '@mantine/core';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Notification } from '../api/matching';
import { useAuth } from '../auth/context';
import { useFormat } from '../i18n/format';
import { notificationText } from './notificationText';
import { useNotifications } from './useNotifications';

/** Only in-app paths become links (the payload comes from the server, but never trust a full URL). */
export function notificationLink(n: Notification): string {
  const link = n.payload.link ?? '';
  return link.startsWith('/') && !link.startsWith('//') ? link : '/partners/inbox';
}

/** The header bell: unread count, the latest notifications in plain words, "mark all read". */
export function NotificationBell() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { user } = useAuth();
  const { data, refresh, markAllRead } = useNotifications(user?.id ?? null);
  if (!user) return null;
  const unread = data?.unread ?? 0;
  const items = data?.items.slice(0, 12) ?? [];
  const text = (n: Notification) => notificationText(t, n);
  return (
    <Menu position="bottom-end" width={340} withinPortal withInitialFocusPlaceholder={false} onOpen={() => void refresh()}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="white" size="lg" aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}>
          <Indicator label={unread > 99 ? '99+' : unread} disabled={unread === 0} size={16} color="yellow.4" autoContrast offset={2}>
            <IconBell size={22} aria-hidden />
          </Indicator>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('notifications.title')}</Menu.Label>
        {/* A menu needs at least one item (axe: required children), so "none yet" is a disabled one. */}
        {items.length === 0 && <Menu.Item disabled>{t('notifications.none')}</Menu.Item>}
        {items.map((n) => (
          <Menu.Item key={n.id} component={Link} to={notificationLink(n)} fw={n.readAt ? 400 : 700}>
            <Text size="sm" inherit>{text(n)}</Text>
            <Text size="xs" c="dimmed">
              {fmt.dateTime(n.createdAt)}
              {!n.readAt && ` · ${t('notifications.unread')}`}
            </Text>
          </Menu.Item>
        ))}
        {unread > 0 && (
          <>
            <Menu.Divider />
            <Menu.Item leftSection={<IconChecks size={16} aria-hidden />} onClick={() => void markAllRead()}>
              {t('notifications.markAllRead')}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
