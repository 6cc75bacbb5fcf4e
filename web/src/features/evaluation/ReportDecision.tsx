import { Button, Group, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideReport, type AwardView } from '../../api/evaluation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { parseEuros } from '../grants/money';
import { useAction } from './useAction';

/**
 * A manager approves a report with the accepted costs in euros (required for a final report; for an
 * interim one they are what Annex II's 70 % rule counts before further pre-financing) or returns it with comments.
 */
export function ReportDecision({ reportId, final, onDone }: { reportId: string; final: boolean; onDone: (a: AwardView) => void }) {
  const { t, i18n } = useTranslation();
  const [comments, setComments] = useState('');
  const [accepted, setAccepted] = useState('');
  const act = useAction();
  const cents = parseEuros(accepted, i18n.language);
  const field = (path: string) => act.fields.find((f) => f.path === path)?.message;
  const decide = (decision: 'approved' | 'returned') =>
    void act.run(decision, () => decideReport(reportId, { decision, comments, acceptedCostsCents: decision === 'approved' && cents !== null ? cents : undefined }), onDone);
  return (
    <div>
      {act.error !== null && act.fields.length === 0 && <ErrorAlert error={act.error} />}
      <TextInput label={t('evaluation.report.accepted')} description={final ? undefined : t('evaluation.report.acceptedInterimHint')} value={accepted} onChange={(e) => setAccepted(e.currentTarget.value)}
        error={accepted && cents === null ? t('evaluation.report.badAmount') : field('acceptedCostsCents')} w={final ? 240 : 420} />
      <Textarea label={t('evaluation.report.comments')} value={comments} onChange={(e) => setComments(e.currentTarget.value)} autosize minRows={2} error={field('comments')} mt="xs" />
      <Group mt="xs">
        <Button onClick={() => decide('approved')} loading={act.busy === 'approved'}>{t('evaluation.report.approve')}</Button>
        <Button variant="default" onClick={() => decide('returned')} loading={act.busy === 'returned'}>{t('evaluation.report.return')}</Button>
      </Group>
    </div>
  );
}
