import { Button, Group, List, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { amendAward, type AwardView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { parseEuros } from '../grants/money';
import { useGrantFormat } from '../grants/useGrantFormat';
import { useAction } from './useAction';

/** The award's amendments with their reasons, and a form for a new end date or grant (programme managers). */
export function AmendmentForm({ award, manager, onDone }: { award: AwardView; manager: boolean; onDone: (a: AwardView) => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useGrantFormat();
  const [reason, setReason] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [grant, setGrant] = useState('');
  const act = useAction();
  const cents = grant ? parseEuros(grant, i18n.language) : null;
  const field = (path: string) => act.fields.find((f) => f.path === path)?.message;
  const send = () => void act.run('amend', () => amendAward(award.id, { reason, endsOn: endsOn || undefined, grantCents: cents ?? undefined }), onDone);
  return (
    <div>
      {award.amendments.length === 0 ? <Text size="sm" c="dimmed">{t('evaluation.amendment.none')}</Text> : (
        <List size="sm">{award.amendments.map((a, i) => <List.Item key={i}>{`${fmt.date(a.createdAt)}: ${a.reason}`}</List.Item>)}</List>
      )}
      {manager && (award.status === 'contracted' || award.status === 'awarded') && (
        <>
          {act.error !== null && act.fields.length === 0 && <ErrorAlert error={act.error} />}
          <Textarea label={t('evaluation.amendment.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} mt="sm" error={field('reason')} />
          <Group align="flex-start" mt="xs">
            <TextInput type="date" label={t('evaluation.amendment.endsOn')} value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} error={field('endsOn')} />
            <TextInput label={t('evaluation.amendment.grant')} value={grant} onChange={(e) => setGrant(e.currentTarget.value)} rightSection="€" error={grant && cents === null ? t('evaluation.report.badAmount') : field('grantCents')} />
            <Button mt={25} onClick={send} loading={act.busy === 'amend'}>{t('evaluation.amendment.save')}</Button>
          </Group>
        </>
      )}
    </div>
  );
}
