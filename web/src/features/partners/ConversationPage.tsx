import { Anchor, Breadcrumbs, Paper, Stack, Text } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { getConversation } from '../../api/matching';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useNames } from '../authorities/useNames';
import { ProposeTwinningButton } from '../twinnings/ProposeTwinningButton';
import { Composer } from './Composer';
import { partnerName } from './ConversationsPage';
import { MessageList } from './MessageList';
import { ownAuthority } from './officer';
import { SectionHeader } from './SectionHeader';
import { SignInPrompt } from './SignInPrompt';
import { useLoad } from './useLoad';

const REFRESH_MS = 30_000;

/** One conversation: the thread (refreshed every 30 s) and, for the two sides' officers, the composer. */
export function ConversationPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { user, loading } = useAuth();
  const names = useNames();
  const conv = useLoad(user ? (s) => getConversation(id, s) : null, `${id}|${user?.id ?? ''}`);
  const { reload } = conv;
  useInterval(reload, REFRESH_MS, { autoInvoke: true });

  const name = conv.data ? partnerName(conv.data, user?.authorityCode ?? null, names.text) : '';
  const title = conv.data ? t('partners.conversations.with', { name }) : t('partners.tabs.conversations');
  if (loading) return <Loading />;
  if (!user) return <><SectionHeader title={title} /><SignInPrompt message={t('partners.signInFirst')} /></>;
  const own = ownAuthority(user);
  const canWrite = conv.data !== null && own !== null && (conv.data.a.code === own || conv.data.b.code === own);
  const notFound = conv.error instanceof ApiRequestError && conv.error.status === 404;
  const partner = conv.data && canWrite ? (conv.data.a.code === own ? conv.data.b : conv.data.a) : null;
  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/partners/conversations" size="sm">{t('partners.tabs.conversations')}</Anchor>
        <Text size="sm">{name || '…'}</Text>
      </Breadcrumbs>
      <SectionHeader title={title} actions={partner && <ProposeTwinningButton partnerCode={partner.code} partnerName={partner.name} />} />
      {notFound && <Text>{t('partners.conversations.notFound')}</Text>}
      {conv.error !== null && !notFound && <ErrorAlert error={conv.error} />}
      {conv.error === null && !conv.data && <Loading />}
      {conv.data && (
        <Stack gap="lg">
          <MessageList conversation={conv.data} own={own} />
          {canWrite ? (
            <Paper withBorder radius="md" p="md"><Composer conversationId={id} onSent={reload} /></Paper>
          ) : (
            <Text c="dimmed" size="sm">{t('partners.conversations.readOnly')}</Text>
          )}
        </Stack>
      )}
    </>
  );
}
