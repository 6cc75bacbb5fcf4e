import { Button, Fieldset, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collectRecovery, type AwardView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EuroInput } from '../grants/editorFields';
import { centsToInput, parseEuros } from '../grants/money';
import { useGrantFormat } from '../grants/useGrantFormat';
import { useAction } from './useAction';

type Order = AwardView['recoveries'][number];

// The server dates collections by its own (UTC) day, so the form offers the same day and no later one.
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Record money collected on one recovery order: how much (at most what is outstanding; a part is
 * fine, a debtor may pay in instalments) and the day it came in (not before the order, not later than today).
 */
export function RecoveryCollection({ order, onDone }: { order: Order; onDone: (a: AwardView) => void }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const [amount, setAmount] = useState(() => centsToInput(order.outstandingCents, fmt.locale));
  const [on, setOn] = useState(today);
  const [tried, setTried] = useState(false);
  const act = useAction();
  const cents = parseEuros(amount, fmt.locale);
  const serverField = (path: string) => {
    const f = act.fields.find((x) => x.path === path);
    if (!f) return undefined;
    const params = { outstanding: fmt.money(order.outstandingCents), issued: fmt.day(order.issuedOn) };
    return t(`evaluation.recovery.problems.${f.code ?? 'invalid'}`, { ...params, defaultValue: t('evaluation.recovery.problems.invalid') });
  };
  const amountError = tried && (cents === null || cents < 1) ? t('evaluation.report.badAmount') : serverField('amountCents');
  const dateError = tried && !on ? t('evaluation.recovery.problems.date_required') : serverField('collectedOn');
  const send = () => {
    setTried(true);
    if (cents === null || cents < 1 || !on) return;
    void act.run(order.id, () => collectRecovery(order.id, cents, on), (a) => {
      setTried(false);
      onDone(a);
    });
  };
  const legend = t('evaluation.recovery.collectFor', { issued: fmt.day(order.issuedOn), outstanding: fmt.money(order.outstandingCents) });
  return (
    <Fieldset legend={legend} mt="sm" radius="md">
      {act.error !== null && act.fields.length === 0 && <ErrorAlert error={act.error} />}
      <Group align="flex-start">
        <EuroInput label={t('evaluation.recovery.collectAmount')} description={t('evaluation.recovery.collectAmountHint')} required value={amount}
          onChange={(e) => setAmount(e.currentTarget.value)} error={amountError} w={220} />
        <TextInput type="date" label={t('evaluation.recovery.collectedOn')} required value={on} min={order.issuedOn} max={today()}
          onChange={(e) => setOn(e.currentTarget.value)} error={dateError} />
        <Button mt={{ base: 0, sm: 47 }} onClick={send} loading={act.busy === order.id}>{t('evaluation.recovery.record')}</Button>
      </Group>
    </Fieldset>
  );
}
