import { Alert, Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Consultation } from '../../../../shared/participation';
import { CONFIRMATION_HOURS } from '../../../../shared/participation.anonymous';
import { AnswerForm } from './AnswerForm';
import { emptyAnswers } from './answerState';

/**
 * A signed-out reader answers a public consultation: the same form with an address; the answer counts
 * once the mailed link is opened. After sending, only "check your mail" is shown, whatever the address.
 */
export function AnonymousAnswer({ consultation: c }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  if (sentTo !== null) {
    return (
      <Alert color="teal" variant="light" role="status" title={t('participation.anonymous.sentTitle')}>
        {t('participation.anonymous.sent', { email: sentTo, hours: CONFIRMATION_HOURS })}
      </Alert>
    );
  }
  const intro = (
    <Text>
      {t('participation.anonymous.intro')}{' '}
      <Anchor component={Link} to={`/signin?next=${encodeURIComponent(`/consultations/${c.id}`)}`}>{t('participation.anonymous.signIn')}</Anchor>
    </Text>
  );
  return <AnswerForm consultation={c} initial={emptyAnswers} answered={false} anonymous intro={intro} onSaved={setSentTo} />;
}
