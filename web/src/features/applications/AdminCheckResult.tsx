import { Alert, List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ADMIN_CHECKS } from '../../../../shared/grants';
import type { AdminCheckView } from '../../../../shared/grants.applications';
import { reviewRequestDeadline } from '../../../../shared/grants.redress';
import { formatDay } from '../../../../shared/istanbul';
import { useFormat } from '../../i18n/format';
import { answerOf, outcomeOf } from './adminCheck';

const COLORS = { evaluation: 'teal', ineligible: 'red', in_progress: 'yellow' } as const;

/** The administrative check as the applicant reads it: the outcome, each item's answer and the reasons. */
export function AdminCheckResult({ check }: { check: AdminCheckView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { outcome } = outcomeOf(check.answers);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="app-check-result">
      <Title order={2} size="h3" id="app-check-result" mb="sm">{t('applications.check.resultTitle')}</Title>
      <Alert color={COLORS[outcome]} variant="light" title={t(`applications.check.outcome.${outcome}`)} mb="sm">
        {t(`applications.check.outcomeHint.${outcome}`)}
      </Alert>
      <List size="sm" spacing={4} mb="sm">
        {ADMIN_CHECKS.map((c) => (
          <List.Item key={c}>
            {t(`applications.check.items.${c}`)}: <strong>{t(`applications.check.answer.${answerOf(check.answers, c)}`)}</strong>
          </List.Item>
        ))}
      </List>
      {check.reasons.trim() !== '' && (
        <>
          <Text size="sm" fw={600}>{t('applications.check.reasons')}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mb="xs">{check.reasons}</Text>
        </>
      )}
      <Text size="xs" c="dimmed">{t('applications.check.checkedAt', { when: fmt.dateTime(check.checkedAt) })}</Text>
      {outcome === 'ineligible' && <Redress checkedAt={check.checkedAt} />}
    </Paper>
  );
}

/** How and by when an ineligible applicant may ask for a review (counted from the final check). */
function Redress({ checkedAt }: { checkedAt: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const until = reviewRequestDeadline(checkedAt);
  return (
    <Alert color="bridge" variant="light" mt="sm" title={t('applications.check.redress.title')} data-testid="app-redress">
      <Text size="sm" mb={4}>{t('applications.check.redress.when', { date: formatDay(until, fmt.locale) })}</Text>
      <Text size="sm">{t('applications.check.redress.how')}</Text>
    </Alert>
  );
}
