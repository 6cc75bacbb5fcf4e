import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { approvePayment, pay, type AwardView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useGrantFormat } from '../grants/useGrantFormat';
import { useAction } from './useAction';

/**
 * The payment option and plan, the payments (requested ones wait for a second manager; a recovery shown
 * as money back) and the managers' buttons: request the next instalment or the settlement, approve a request.
 */
export function PaymentsSection({ award, manager, onDone }: { award: AwardView; manager: boolean; onDone: (a: AwardView) => void }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const act = useAction();
  const waiting = award.payments.find((p) => p.status === 'requested');
  const preDone = award.payments.filter((p) => p.kind === 'pre_financing').length;
  const preLeft = award.plan.filter((p) => p.kind === 'pre_financing').length > preDone;
  const finalApproved = award.reports.some((r) => r.kind === 'final' && r.status === 'approved');
  const running = award.status === 'contracted';
  return (
    <div>
      {award.paymentOption && <Text size="sm" mb="xs">{t(`evaluation.award.option.${award.paymentOption}`)}</Text>}
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
              <Table.Th scope="col">{t('evaluation.award.paymentStatus')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('evaluation.award.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {award.payments.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{t(`evaluation.payment.${p.kind}`)}</Table.Td>
                <Table.Td>{fmt.day(p.paidOn)}</Table.Td>
                <Table.Td>{t(`evaluation.payment.status.${p.status}`)}</Table.Td>
                <Table.Td ta="right">{p.kind === 'recovery' ? `−${fmt.money(p.amountCents)}` : fmt.money(p.amountCents)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {act.error !== null && <ErrorAlert error={act.error} />}
      {manager && (
        <>
          <Text size="xs" c="dimmed" mt="xs">{t('evaluation.award.fourEyes')}</Text>
          <Group mt="sm">
            {running && !waiting && preLeft && <Button onClick={() => void act.run('pre', () => pay(award.id, 'pre-financing'), onDone)} loading={act.busy === 'pre'}>{t('evaluation.award.payPre')}</Button>}
            {running && !waiting && finalApproved && <Button onClick={() => void act.run('final', () => pay(award.id, 'final'), onDone)} loading={act.busy === 'final'}>{t('evaluation.award.payFinal')}</Button>}
            {waiting && (
              <Button onClick={() => void act.run('approve', () => approvePayment(waiting.id), onDone)} loading={act.busy === 'approve'}>
                {t('evaluation.award.approve', { kind: t(`evaluation.payment.${waiting.kind}`) })}
              </Button>
            )}
          </Group>
        </>
      )}
    </div>
  );
}
