import { Alert, Anchor, Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HIDE_AFTER_REPORTS } from '../../../../shared/comments';
import { deleteComment, editComment, postComment, reportComment, type Comment } from '../../api/comments';
import { useFormat } from '../../i18n/format';
import { ConfirmDialog } from '../twinnings/ConfirmDialog';
import { CommentForm } from './CommentForm';
import { stillEditable } from './comments.rules';
import { ReasonDialog } from './ReasonDialog';
import { StanceBadge } from './StanceBadge';

type Reply = Omit<Comment, 'replies'>;

interface Props {
  comment: Reply & { replies?: Reply[] };
  /** Signed in: may reply. */
  signedIn: boolean;
  /** Reload the list after a change; `moveFocus` when the control that had the focus goes away. */
  onChanged: (moveFocus?: boolean) => void;
}

/** Who wrote it, their stance and when, in the reader's language. */
function Byline({ c }: { c: Reply }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Group gap="xs" wrap="wrap">
      <Text fw={600} size="sm">{c.author?.name}</Text>
      {c.author?.authorityCode && <Anchor component={Link} to={`/authorities/${encodeURIComponent(c.author.authorityCode)}`} size="sm">{c.author.authorityCode}</Anchor>}
      <StanceBadge stance={c.stance} />
      <Text size="sm" c="dimmed"><time dateTime={c.createdAt}>{fmt.dateTime(c.createdAt)}</time>{c.editedAt && ` · ${t('comments.edited')}`}</Text>
      {c.status !== 'shown' && <Badge color="yellow" variant="light" size="sm">{t(`comments.moderation.status.${c.status}`)}</Badge>}
    </Group>
  );
}

/** One comment with what the reader may do with it, and its replies (one level deep). */
export function CommentItem({ comment: c, signedIn, onChanged }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [mode, setMode] = useState<'read' | 'edit' | 'reply'>('read');
  const [dialog, setDialog] = useState<'delete' | 'report' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const name = c.author?.name ?? t('comments.unknownAuthor');
  const topLevel = c.parentId === null;
  const editable = c.mine && c.status === 'shown' && stillEditable(c.editableUntil, new Date());

  const remove = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await deleteComment(c.id);
      setDialog(null);
      onChanged(true);
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  };

  const body = c.author === null ? (
    <Text fs="italic" c="dimmed">{t(c.status === 'deleted' ? 'comments.deleted' : 'comments.removed')}</Text>
  ) : (
    <>
      <Byline c={c} />
      {c.mine && (c.status === 'held' || c.status === 'hidden') && <Alert color="yellow" variant="light" p="xs">{t(`comments.onlyYou.${c.status}`)}</Alert>}
      {mode === 'edit' ? (
        <CommentForm label={t('comments.form.body')} submit={t('comments.form.save')} initial={{ body: c.body, stance: c.stance }} autoFocus
          onCancel={() => setMode('read')} onSubmit={async (v) => { await editComment(c.id, v); setMode('read'); onChanged(); }} />
      ) : (
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{c.body}</Text>
      )}
      {editable && mode !== 'edit' && c.editableUntil && <Text size="xs" c="dimmed">{t('comments.editableUntil', { at: fmt.dateTime(c.editableUntil) })}</Text>}
      {c.reportedByMe && <Text size="xs" c="dimmed">{t('comments.reportedByMe')}</Text>}
      <Group gap="xs">
        {topLevel && signedIn && c.status === 'shown' && mode === 'read' && (
          <Button size="compact-sm" variant="subtle" aria-label={t('comments.replyLabel', { name })} onClick={() => setMode('reply')}>{t('comments.reply')}</Button>
        )}
        {editable && mode === 'read' && <Button size="compact-sm" variant="subtle" aria-label={t('comments.editLabel')} onClick={() => setMode('edit')}>{t('comments.edit')}</Button>}
        {c.mine && c.status !== 'deleted' && (
          <Button size="compact-sm" variant="subtle" color="red" aria-label={t('comments.deleteLabel')} onClick={() => { setFailure(null); setDialog('delete'); }}>{t('comments.delete')}</Button>
        )}
        {c.canReport && (
          <Button size="compact-sm" variant="subtle" color="gray" aria-label={t('comments.reportLabel', { name })} onClick={() => setDialog('report')}>{t('comments.report')}</Button>
        )}
      </Group>
    </>
  );

  return (
    <Paper component="li" withBorder={topLevel} p={topLevel ? 'sm' : 0} radius="md" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        {body}
        {mode === 'reply' && (
          <Box pl="md">
            <CommentForm label={t('comments.form.reply')} submit={t('comments.form.postReply')} autoFocus onCancel={() => setMode('read')}
              onSubmit={async (v) => { await postComment({ target: c.target, parentId: c.id, ...v }); setMode('read'); onChanged(); }} />
          </Box>
        )}
        {c.replies && c.replies.length > 0 && (
          <Stack component="ul" gap="sm" pl="md" m={0} mt="xs" aria-label={t('comments.repliesLabel', { name })}
            style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
            {c.replies.map((r) => <CommentItem key={r.id} comment={r} signedIn={signedIn} onChanged={onChanged} />)}
          </Stack>
        )}
      </Stack>
      <ConfirmDialog opened={dialog === 'delete'} onClose={() => setDialog(null)} title={t('comments.deleteTitle')} lines={[t('comments.deleteLine')]}
        confirm={t('comments.deleteConfirm')} busy={busy} error={failure} onConfirm={() => void remove()} />
      <ReasonDialog opened={dialog === 'report'} title={t('comments.reportTitle')} help={t('comments.reportHelp', { count: HIDE_AFTER_REPORTS })}
        confirm={t('comments.reportSend')} onClose={() => setDialog(null)}
        onConfirm={async (reason) => { await reportComment(c.id, reason); setDialog(null); onChanged(true); }} />
    </Paper>
  );
}
