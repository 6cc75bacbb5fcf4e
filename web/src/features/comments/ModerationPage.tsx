import { Alert, Stack, Tabs, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MODERATION_STATES } from '../../../../shared/comments';
import { decideComment, getModerationQueue, type ModerationAction, type ModerationItem, type ModerationState } from '../../api/comments';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useLoad } from '../partners/useLoad';
import { mayModerate } from './comments.rules';
import { ModerationItemCard } from './ModerationItemCard';
import { ReasonDialog } from './ReasonDialog';

const isState = (v: string | null): v is ModerationState => (MODERATION_STATES as readonly string[]).includes(v ?? '');

/** One tab of the queue, and the decision dialog for the item chosen. */
function Queue({ state }: { state: ModerationState }) {
  const { t } = useTranslation();
  const queue = useLoad((s) => getModerationQueue(state, s), state);
  const [chosen, setChosen] = useState<{ item: ModerationItem; action: ModerationAction } | null>(null);
  const [decided, setDecided] = useState(false);
  const action = chosen?.action ?? 'keep';
  // The decided item leaves the queue with the button that opened the dialog: the focus goes to the confirmation.
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (decided) done.current?.focus();
  }, [decided, queue.data]);
  return (
    <Stack gap="sm">
      {decided && <Alert ref={done} tabIndex={-1} color="teal" variant="light" role="status">{t('comments.moderation.decided')}</Alert>}
      {queue.error !== null && <ErrorAlert error={queue.error} />}
      {queue.loading && !queue.data && <Loading />}
      {queue.data?.items.length === 0 && <Text c="dimmed">{t('comments.moderation.empty')}</Text>}
      {queue.data && queue.data.items.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0}>
          {queue.data.items.map((item) => (
            <ModerationItemCard key={item.comment.id} item={item} onDecide={(a) => { setDecided(false); setChosen({ item, action: a }); }} />
          ))}
        </Stack>
      )}
      <ReasonDialog opened={chosen !== null} title={t(`comments.moderation.decisionTitle.${action}`)}
        help={`${t(`comments.moderation.decisionHelp.${action}`)} ${t('comments.moderation.reasonHelp')}`}
        confirm={t(`comments.moderation.actions.${action}`)} onClose={() => setChosen(null)}
        onConfirm={async (reason) => {
          if (!chosen) return;
          await decideComment(chosen.item.comment.id, chosen.action, reason);
          setChosen(null);
          setDecided(true);
          queue.reload();
        }} />
    </Stack>
  );
}

/** The moderation queue: comments held by reports, comments with open reports, hidden comments. */
export default function ModerationPage() {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('state');
  const state: ModerationState = isState(asked) ? asked : 'held';
  if (loading) return <Loading />;
  if (!mayModerate(user?.role)) {
    return <Page title={t('comments.moderation.title')}><Alert color="red" variant="light">{t('comments.moderation.forbidden')}</Alert></Page>;
  }
  return (
    <Page title={t('comments.moderation.title')} intro={t('comments.moderation.intro')}>
      <Tabs value={state} onChange={(v) => setSearch(v && v !== 'held' ? { state: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          {MODERATION_STATES.map((s) => <Tabs.Tab key={s} value={s}>{t(`comments.moderation.tabs.${s}`)}</Tabs.Tab>)}
        </Tabs.List>
        {MODERATION_STATES.map((s) => <Tabs.Panel key={s} value={s}><Queue state={s} /></Tabs.Panel>)}
      </Tabs>
    </Page>
  );
}
