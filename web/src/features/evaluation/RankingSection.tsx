import { Alert, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmAward, getRanking, proposeAward, type RankingView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { notify } from '../../components/notify';
import { useGrantFormat } from '../grants/useGrantFormat';
import { useLoad } from '../partners/useLoad';
import { AwardConfirm } from './AwardConfirm';
import { OutcomeBadge } from './badges';
import { useAction } from './useAction';

/** A committee score: a mean may have hundredths. */
const fmtScore = (n: number) => String(Math.round(n * 100) / 100);

function RankingTable({ items }: { items: RankingView['items'] }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" ta="right">{t('evaluation.ranking.rank')}</Table.Th>
            <Table.Th scope="col">{t('evaluation.mine.reference')}</Table.Th>
            <Table.Th scope="col">{t('evaluation.ranking.lead')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('evaluation.total')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('evaluation.ranking.requested')}</Table.Th>
            <Table.Th scope="col">{t('evaluation.ranking.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.applicationId}>
              <Table.Td ta="right">{i.rank ?? '–'}</Table.Td>
              <Table.Td>{i.reference}</Table.Td>
              <Table.Td>{i.leadName}</Table.Td>
              <Table.Td ta="right">{fmtScore(i.total)}</Table.Td>
              <Table.Td ta="right">{fmt.money(i.requestedGrantCents)}</Table.Td>
              <Table.Td><OutcomeBadge outcome={i.outcome} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * The ranking with the budget cut-off. Four eyes: once the evaluation report is approved one manager
 * proposes the award, and another (who did not evaluate in the call) confirms it after being told what it does.
 */
export function RankingSection({ callId, awarded, version, onAwarded }: { callId: string; awarded: boolean; version: number; onAwarded: () => void }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const r = useLoad((s) => getRanking(callId, s), `${callId}|${version}`);
  const act = useAction();
  const [asking, setAsking] = useState(false);
  const award = () => void act.run('award', () => confirmAward(callId), (x: RankingView) => { setAsking(false); r.setData(x); notify('teal', t('evaluation.ranking.awardedNote')); onAwarded(); });
  const propose = () => void act.run('propose', () => proposeAward(callId), (x: RankingView) => { r.setData(x); notify('teal', t('evaluation.ranking.proposedNote')); });
  if (r.error) return <ErrorAlert error={r.error} />;
  if (!r.data) return <Loading />;
  const x = r.data;
  return (
    <>
      <Group gap="lg" mb="sm" component="ul" style={{ listStyle: 'none', padding: 0 }}>
        <Text component="li" size="sm">{t('evaluation.ranking.budget', { amount: fmt.money(x.budgetCents) })}</Text>
        <Text component="li" size="sm">{t('evaluation.ranking.awarded', { amount: fmt.money(x.awardedCents) })}</Text>
        <Text component="li" size="sm">{t('evaluation.ranking.left', { amount: fmt.money(x.leftCents) })}</Text>
        <Text component="li" size="sm">{t('evaluation.ranking.pending', { count: x.pending })}</Text>
      </Group>
      {x.items.length > 0 ? (
        <RankingTable items={x.items} />
      ) : (
        <Text c="dimmed" data-testid="ranking-empty">{x.pending > 0 ? t('evaluation.ranking.emptyWaiting', { count: x.pending }) : t('evaluation.ranking.empty')}</Text>
      )}
      {act.error !== null && <ErrorAlert error={act.error} />}
      {awarded ? (
        <Alert color="teal" mt="sm">{t('evaluation.ranking.confirmed')}</Alert>
      ) : !x.reportApprovedAt ? (
        <Text size="sm" c="dimmed" mt="sm">{t('evaluation.ranking.awaitsReport')}</Text>
      ) : !x.awardProposedAt ? (
        <Button mt="sm" onClick={propose} loading={act.busy === 'propose'} disabled={x.pending > 0 || x.items.length === 0}>{t('evaluation.ranking.propose')}</Button>
      ) : (
        <>
          <Text size="sm" mt="sm">{t('evaluation.ranking.proposedBy', { name: x.awardProposedBy ?? '—' })}</Text>
          <Button mt="sm" onClick={() => setAsking(true)} loading={act.busy === 'award'} disabled={x.pending > 0 || x.items.length === 0}>{t('evaluation.ranking.confirm')}</Button>
        </>
      )}
      {!awarded && x.pending > 0 && <Text size="sm" c="dimmed" mt={4}>{t('evaluation.ranking.waiting')}</Text>}
      {!awarded && <AwardConfirm opened={asking} ranking={x} busy={act.busy === 'award'} onCancel={() => setAsking(false)} onConfirm={award} />}
    </>
  );
}
