import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { CommentTargetKind } from '../../../../shared/comments';
import { listComments, postComment } from '../../api/comments';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { useLoad } from '../partners/useLoad';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';

interface Props {
  kind: CommentTargetKind;
  id: string;
}

/** The comments on a public page: how many, the list with replies, and the form (signed-in readers). */
export function Comments({ kind, id }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { user } = useAuth();
  const location = useLocation();
  const headingId = useId();
  const target = `${kind}:${id}`;
  // Reloaded when the reader changes: what they may see and do is theirs.
  const list = useLoad((s) => listComments(target, s), `${target}:${user?.id ?? ''}`);
  const next = encodeURIComponent(location.pathname + location.search);
  // After a delete or a report the button that opened the dialog is gone: focus goes to the heading, not to the page's top.
  const heading = useRef<HTMLHeadingElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (refocus.current && list.data) {
      refocus.current = false;
      heading.current?.focus();
    }
  }, [list.data]);
  const changed = (moveFocus = false) => {
    refocus.current = moveFocus;
    list.reload();
  };

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={headingId} ref={heading} tabIndex={-1}>{t('comments.title')}</Title>
          {list.data && <Text size="sm" c="dimmed">{t('comments.count', { count: list.data.total, formatted: fmt.num(list.data.total) })}</Text>}
        </div>
        {list.error !== null && <ErrorAlert error={list.error} />}
        {list.loading && !list.data && <Loading />}
        {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('comments.none')}</Text>}
        {list.data && list.data.items.length > 0 && (
          <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('comments.listLabel')}>
            {list.data.items.map((c) => <CommentItem key={c.id} comment={c} signedIn={user !== null} onChanged={changed} />)}
          </Stack>
        )}
        {user ? (
          <Paper withBorder p="sm" radius="md">
            <Title order={3} size="h5" mb="xs">{t('comments.form.title')}</Title>
            <CommentForm label={t('comments.form.body')} submit={t('comments.form.post')}
              onSubmit={async (v) => { await postComment({ target, parentId: null, ...v }); list.reload(); }} />
          </Paper>
        ) : (
          <Alert variant="light">
            {t('comments.signInFirst')}{' '}
            <Anchor component={Link} to={`/signin?next=${next}`}>{t('nav.signIn')}</Anchor>
          </Alert>
        )}
      </Stack>
    </section>
  );
}
