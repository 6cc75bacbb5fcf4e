import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pay, type AwardView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGrantFormat } from '../grants/useGrantFormat';
import { useAction } from './useAction';

/** The payment plan, the payments made (a recovery order shown as such) and the managers' payment buttons. */
export function PaymentsSection({ award, manager, onDone }: { award: AwardView; manager: boolean; onDone: (a: AwardView) => void }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const act = useAction();
  const paidPre = award.payments.some((p) => p.kind === 'pre_financing');
  const finalApproved = award.reports.some((r) => r.kind === 'final' && r.status === 'approved');
  const settled = award.payments.some((p) => p.kind === 'final' || p.kind === 'recovery');
  return (
    <div>
      <Text size="sm" mb="xs">{t('evaluation.award.plan', { list: award.plan.map((p) => `${t(`evaluation.payment.${p.kind}`)} ${fmt.money(p.amountCents)}`).join(' · ') })}</Text>
      {award.payments.length === 0 ? (
        <Text size="sm" c="dimmed">{t('evaluation.award.noPayments')}</Text>
      ) : (
        <Table withTableBorder>
          <Table.Caption ta="left">{t('evaluation.award.paid', { amount: fmt.money(award.paidCents) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('evaluation.award.paymentKind')}</Table.Th>
              <Table.Th scope="col">{t('evaluation.award.paidOn')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('evaluation.award.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {award.payments.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{t(`evaluation.payment.${p.kind}`)}</Table.Td>
                <Table.Td>{fmt.day(p.paidOn)}</Table.Td>
                <Table.Td ta="right">{p.kind === 'recovery' ? `−${fmt.money(p.amountCents)}` : fmt.money(p.amountCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {act.error !== null && <ErrorAlert error={act.error} />}
      {manager && (
        <Group mt="sm">
          {award.status === 'contracted' && !paidPre && <Button onClick={() => void act.run('pre', () => pay(award.id, 'pre-financing'), onDone)} loading={act.busy === 'pre'}>{t('evaluation.award.payPre')}</Button>}
          {finalApproved && !settled && <Button onClick={() => void act.run('final', () => pay(award.id, 'final'), onDone)} loading={act.busy === 'final'}>{t('evaluation.award.payFinal')}</Button>}
        </Group>
      )}
    </div>
  );
}
