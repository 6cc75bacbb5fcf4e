import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signContract, type AwardView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from './useAction';

/** Sign the contract: start date and duration in months (programme managers). */
export function ContractForm({ award, onDone }: { award: AwardView; onDone: (a: AwardView) => void }) {
  const { t } = useTranslation();
  const [startsOn, setStartsOn] = useState('');
  const [months, setMonths] = useState('');
  const act = useAction();
  const field = (path: string) => act.fields.find((f) => f.path === path)?.message;
  const sign = () => void act.run('sign', () => signContract(award.id, startsOn, Number(months) || 0), onDone);
  return (
    <div>
      {act.error !== null && act.fields.length === 0 && <ErrorAlert error={act.error} />}
      <Group align="flex-start">
        <TextInput type="date" label={t('evaluation.award.startsOn')} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} error={field('startsOn')} />
        <TextInput label={t('evaluation.award.months')} inputMode="numeric" value={months} onChange={(e) => setMonths(e.currentTarget.value)} error={field('durationMonths')} w={140} />
        <Button mt={25} onClick={sign} loading={act.busy === 'sign'}>{t('evaluation.award.sign')}</Button>
      </Group>
    </div>
  );
}
