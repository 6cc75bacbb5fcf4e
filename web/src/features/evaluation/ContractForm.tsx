import { Button, Group, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signContract, type AwardView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { parseEuros } from '../grants/money';
import { useAction } from './useAction';

/**
 * Sign the contract: start date and duration in months, and before signature a reduced grant with its
 * reason (programme managers). The payment option follows from duration and grant.
 */
export function ContractForm({ award, onDone }: { award: AwardView; onDone: (a: AwardView) => void }) {
  const { t, i18n } = useTranslation();
  const [startsOn, setStartsOn] = useState('');
  const [months, setMonths] = useState('');
  const [reduced, setReduced] = useState('');
  const [reason, setReason] = useState('');
  const act = useAction();
  const field = (path: string) => act.fields.find((f) => f.path === path)?.message;
  const reducedCents = reduced.trim() === '' ? undefined : parseEuros(reduced, i18n.language);
  const sign = () =>
    void act.run('sign', () => signContract(award.id, startsOn, Number(months) || 0, reducedCents === undefined || reducedCents === null ? {} : { grantCents: reducedCents, reason }), onDone);
  return (
    <div>
      {act.error !== null && act.fields.length === 0 && <ErrorAlert error={act.error} />}
      <Group align="flex-start">
        <TextInput type="date" label={t('evaluation.award.startsOn')} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} error={field('startsOn')} />
        <TextInput label={t('evaluation.award.months')} inputMode="numeric" value={months} onChange={(e) => setMonths(e.currentTarget.value)} error={field('durationMonths')} w={140} />
        <TextInput label={t('evaluation.award.reducedGrant')} description={t('evaluation.award.reducedHint')} value={reduced} onChange={(e) => setReduced(e.currentTarget.value)} error={reducedCents === null ? t('evaluation.report.badAmount') : field('grantCents')} rightSection="€" w={220} />
        <Button mt={25} onClick={sign} loading={act.busy === 'sign'} disabled={reducedCents === null}>{t('evaluation.award.sign')}</Button>
      </Group>
      {reduced.trim() !== '' && <Textarea label={t('evaluation.award.reducedReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={field('reason')} autosize minRows={2} mt="xs" />}
    </div>
  );
}
