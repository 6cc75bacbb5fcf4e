import { Tabs } from '@mantine/core';
import { IconMail, IconUserCheck, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../auth/context';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SignInPrompt } from '../accounts/SignInPrompt';
import { OfficerRequestsTab } from './OfficerRequestsTab';
import { OutboxTab } from './OutboxTab';
import { UsersTab } from './UsersTab';

const TABS = ['requests', 'users', 'outbox'] as const;
type Tab = (typeof TABS)[number];

/** Administration: officer requests, users and roles, the outbox of platform mail. */
export default function AdminPage() {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  const [search, setSearch] = useSearchParams();
  const raw = search.get('tab');
  const tab: Tab = TABS.find((x) => x === raw) ?? 'requests';
  if (loading) return <Loading />;
  if (!user) return <Page title={t('admin.title')}><SignInPrompt /></Page>;
  if (user.role !== 'admin') return <Page title={t('admin.title')} intro={t('admin.forbidden')} />;
  return (
    <Page title={t('admin.title')} intro={t('admin.intro')} size="xl">
      <Tabs value={tab} onChange={(v) => setSearch(v && v !== 'requests' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="requests" leftSection={<IconUserCheck size={16} aria-hidden />}>{t('admin.tabs.requests')}</Tabs.Tab>
          <Tabs.Tab value="users" leftSection={<IconUsers size={16} aria-hidden />}>{t('admin.tabs.users')}</Tabs.Tab>
          <Tabs.Tab value="outbox" leftSection={<IconMail size={16} aria-hidden />}>{t('admin.tabs.outbox')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="requests"><OfficerRequestsTab /></Tabs.Panel>
        <Tabs.Panel value="users"><UsersTab currentUserId={user.id} /></Tabs.Panel>
        <Tabs.Panel value="outbox"><OutboxTab /></Tabs.Panel>
      </Tabs>
    </Page>
  );
}
