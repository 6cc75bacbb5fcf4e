import { Anchor, Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconCheck, IconMessages, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExpressionOfInterest } from '../../../../shared/matching';
import { useFormat } from '../../i18n/format';
import { useNames } from '../authorities/useNames';
import { ProposeTwinningButton } from '../twinnings/ProposeTwinningButton';

const STATUS_COLORS = { pending: 'yellow', accepted: 'teal', declined: 'red', withdrawn: 'gray' } as const;

interface Props {
  eoi: ExpressionOfInterest;
  received: boolean;
  /** An admin's view of two other authorities' approach: who to whom, no action for a side. */
  overseen?: boolean;
  busy: boolean;
  onDecide: (decision: 'accepted' | 'declined') => void;
  onWithdraw: () => void;
}

/** One approach: the other authority, when, status, message, and what this side can do with it. */
export function InterestCard({ eoi, received, overseen = false, busy, onDecide, onWithdraw }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useNames();
  const other = received ? eoi.from : eoi.to;
  const otherName = names.text(other);
  const titleId = `eoi-${eoi.id}`;
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-labelledby={titleId}>
      <Group justify="space-between" gap="xs" align="flex-start">
        <div>
          <Text fw={700} id={titleId}>
            {overseen ? t('partners.inbox.fromTo', { from: names.text(eoi.from), to: names.text(eoi.to) }) : t(received ? 'partners.inbox.fromName' : 'partners.inbox.toName', { name: otherName })}
          </Text>
          <Text size="sm" c="dimmed">
            {fmt.country(other.country)} · {fmt.dateTime(eoi.createdAt)}
            {eoi.requestId && ` · ${t('partners.inbox.answersRequest')}`}
            {eoi.requestTitle && `: “${eoi.requestTitle}”`}
          </Text>
        </div>
        <Badge color={STATUS_COLORS[eoi.status]} variant="light">{t(`partners.inbox.status.${eoi.status}`)}</Badge>
      </Group>
      <Text mt="xs" style={{ whiteSpace: 'pre-line' }}>{eoi.message}</Text>
      <Group gap="xs" mt="sm">
        <Anchor component={Link} to={`/authorities/${encodeURIComponent(other.code)}`} size="sm">{t('partners.inbox.profile', { name: otherName })}</Anchor>
        <div style={{ flex: 1 }} />
        {!overseen && received && eoi.status === 'pending' && (
          <>
            <Button size="xs" loading={busy} leftSection={<IconCheck size={16} aria-hidden />} onClick={() => onDecide('accepted')}
              aria-label={t('partners.inbox.acceptNamed', { name: otherName })}>{t('partners.inbox.accept')}</Button>
            <Button size="xs" variant="default" disabled={busy} leftSection={<IconX size={16} aria-hidden />} onClick={() => onDecide('declined')}
              aria-label={t('partners.inbox.declineNamed', { name: otherName })}>{t('partners.inbox.decline')}</Button>
          </>
        )}
        {!overseen && !received && eoi.status === 'pending' && (
          <Button size="xs" variant="default" loading={busy} onClick={onWithdraw}
            aria-label={t('partners.inbox.withdrawNamed', { name: otherName })}>{t('partners.inbox.withdraw')}</Button>
        )}
        {!overseen && eoi.status === 'accepted' && <ProposeTwinningButton partnerCode={other.code} partnerName={otherName} eoiId={eoi.id} size="xs" />}
        {eoi.conversationId && (
          <Button size="xs" variant="light" component={Link} to={`/partners/conversations/${eoi.conversationId}`} leftSection={<IconMessages size={16} aria-hidden />}
            aria-label={t('partners.inbox.openConversationNamed', { name: otherName })}>{t('partners.inbox.openConversation')}</Button>
        )}
      </Group>
    </Paper>
  );
}
