import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { parseTarget } from '../../../../shared/comments';
import type { ModerationAction, ModerationItem } from '../../api/comments';
import { useFormat } from '../../i18n/format';
import { actionsFor, targetHref } from './comments.rules';
import { StanceBadge } from './StanceBadge';

interface Props {
  item: ModerationItem;
  onDecide: (action: ModerationAction) => void;
}

/** One comment in the queue: what it says and where, its open reports, the last decision, and the decisions that fit it. */
export function ModerationItemCard({ item, onDecide }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const c = item.comment;
  const name = c.author?.name ?? t('comments.unknownAuthor');
  const titleId = `moderation-${c.id}`;
  const last = item.lastDecision;
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-labelledby={titleId} style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Title order={2} size="h5" id={titleId}>{name}</Title>
          {c.author?.authorityCode && <Text size="sm" c="dimmed">{c.author.authorityCode}</Text>}
          <StanceBadge stance={c.stance} />
          {/* Light badges keep 4.5:1 text only in the colours theme.ts darkens (teal, yellow, red, gray). */}
          <Badge color={c.status === 'shown' ? 'teal' : 'yellow'} variant="light" size="sm">
            {t('comments.moderation.statusLabel', { status: t(`comments.moderation.status.${c.status}`) })}
          </Badge>
          <Text size="sm" c="dimmed"><time dateTime={c.createdAt}>{fmt.dateTime(c.createdAt)}</time></Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{c.body}</Text>
        <Text size="sm">
          {`${t('comments.moderation.on')}: `}
          <Anchor component={Link} to={targetHref(c.target)}>{t(`comments.moderation.targets.${parseTarget(c.target).kind}`)}</Anchor>
        </Text>
        <div>
          <Text fw={600} size="sm">{t('comments.moderation.reportsTitle')}</Text>
          {item.reports.length === 0 ? <Text size="sm" c="dimmed">{t('comments.moderation.noReports')}</Text> : (
            <List size="sm" spacing={2}>
              {item.reports.map((r, i) => (
                <List.Item key={`${r.at}-${i}`}><time dateTime={r.at}>{fmt.dateTime(r.at)}</time>{` · ${r.reason}`}</List.Item>
              ))}
            </List>
          )}
        </div>
        {last && (
          <div>
            <Text size="sm">{t('comments.moderation.lastDecision', { action: t(`comments.moderation.actions.${last.action}`), by: last.by, at: fmt.dateTime(last.at) })}</Text>
            <Text size="sm" c="dimmed">{t('comments.moderation.lastReason', { reason: last.reason })}</Text>
          </div>
        )}
        <Group gap="xs">
          {actionsFor(c.status, item.reports.length).map((a) => (
            <Button key={a} size="xs" variant={a === 'hide' ? 'light' : 'filled'} color={a === 'hide' ? 'red' : undefined}
              aria-label={t('comments.moderation.actionLabel', { action: t(`comments.moderation.actions.${a}`), name })} onClick={() => onDecide(a)}>
              {t(`comments.moderation.actions.${a}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
