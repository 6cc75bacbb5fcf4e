import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpressionOfInterest } from '../../../../shared/matching';
import { decideInterest, listInterests, withdrawInterest } from '../../api/matching';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { notify } from '../../components/notify';
import { InterestCard } from './InterestCard';
import { ownAuthority } from './officer';
import { SectionHeader } from './SectionHeader';
import { SignInPrompt } from './SignInPrompt';
import { useLoad } from './useLoad';

/** Expressions of interest received and sent by the user's authority, with accept/decline/withdraw. */
export function InboxPage() {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  const list = useLoad(user ? (s) => listInterests(s) : null, user?.id ?? '');
  const [busy, setBusy] = useState<string | null>(null);
  const title = t('partners.tabs.inbox');
  if (loading) return <Loading />;
  if (!user) return <><SectionHeader title={title} /><SignInPrompt message={t('partners.signInFirst')} /></>;

  const act = async (eoi: ExpressionOfInterest, run: () => Promise<ExpressionOfInterest>, done: string) => {
    setBusy(eoi.id);
    try {
      const after = await run();
      list.setData({ items: (list.data?.items ?? []).map((e) => (e.id === after.id ? after : e)) });
      notify('teal', t(done, { name: eoi.from.code === user.authorityCode ? eoi.to.name : eoi.from.name }));
    } catch (err) {
      notify('red', errorText(err, t));
      list.reload();
    } finally {
      setBusy(null);
    }
  };

  const items = list.data?.items ?? [];
  // An admin acts for no authority: they oversee every approach, read-only.
  const overseen = !ownAuthority(user) && user.role === 'admin';
  const received = items.filter((e) => e.to.code === user.authorityCode);
  const sent = items.filter((e) => !received.includes(e));
  const section = (heading: string, rows: ExpressionOfInterest[], isReceived: boolean, empty: string) => (
    <section aria-labelledby={`inbox-${isReceived ? 'in' : 'out'}`}>
      <Title order={3} size="h4" mb="xs" id={`inbox-${isReceived ? 'in' : 'out'}`}>{t(heading, { count: rows.length })}</Title>
      {rows.length === 0 ? <Paper withBorder p="md" radius="md"><Text c="dimmed">{t(empty)}</Text></Paper> : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {rows.map((e) => (
            <InterestCard key={e.id} eoi={e} received={isReceived} overseen={overseen} busy={busy === e.id}
              onDecide={(d) => void act(e, () => decideInterest(e.id, d), d === 'accepted' ? 'partners.inbox.acceptedNote' : 'partners.inbox.declinedNote')}
              onWithdraw={() => void act(e, () => withdrawInterest(e.id), 'partners.inbox.withdrawnNote')} />
          ))}
        </Stack>
      )}
    </section>
  );

  return (
    <>
      <SectionHeader title={title} />
      {!user.authorityCode && user.role !== 'admin' && <Text c="dimmed" mb="md">{t('partners.officersOnly')}</Text>}
      {list.error !== null && <ErrorAlert error={list.error} />}
      {list.error === null && !list.data && <Loading />}
      {list.data && overseen && section('partners.inbox.all', items, false, 'partners.inbox.noneAll')}
      {list.data && !overseen && (
        <Stack gap="xl">
          {section('partners.inbox.received', received, true, 'partners.inbox.noneReceived')}
          {section('partners.inbox.sent', sent, false, 'partners.inbox.noneSent')}
        </Stack>
      )}
    </>
  );
}
