import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listConversations, type Conversation } from '../../api/matching';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { useNames } from '../authorities/useNames';
import { SectionHeader } from './SectionHeader';
import { SignInPrompt } from './SignInPrompt';
import { useLoad } from './useLoad';

type Side = Conversation['a'];

/** The other side of a conversation for the user's authority (for admins: both names), named by `name` (useNames().text). */
export function partnerName(c: Pick<Conversation, 'a' | 'b'>, own: string | null, name: (a: Side) => string = (a) => a.name): string {
  if (own === c.a.code) return name(c.b);
  if (own === c.b.code) return name(c.a);
  return `${name(c.a)} – ${name(c.b)}`;
}

/** The user's authority's conversations, latest activity first. */
export function ConversationsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useNames();
  const { user, loading } = useAuth();
  const list = useLoad(user ? (s) => listConversations(s) : null, user?.id ?? '');
  const title = t('partners.tabs.conversations');
  if (loading) return <Loading />;
  if (!user) return <><SectionHeader title={title} /><SignInPrompt message={t('partners.signInFirst')} /></>;
  return (
    <>
      <SectionHeader title={title} />
      {list.error !== null && <ErrorAlert error={list.error} />}
      {list.error === null && !list.data && <Loading />}
      {list.data?.items.length === 0 && <Paper withBorder p="lg" radius="md"><Text c="dimmed">{t('partners.conversations.none')}</Text></Paper>}
      {list.data && list.data.items.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.data.items.map((c) => (
            <Paper component="li" key={c.id} withBorder p="md" radius="md">
              <Anchor component={Link} to={`/partners/conversations/${c.id}`} fw={700}>
                {t('partners.conversations.with', { name: partnerName(c, user.authorityCode, names.text) })}
              </Anchor>
              <Text size="sm" c="dimmed">{t('partners.conversations.lastActivity', { date: fmt.dateTime(c.lastMessageAt) })}</Text>
            </Paper>
          ))}
        </Stack>
      )}
    </>
  );
}
