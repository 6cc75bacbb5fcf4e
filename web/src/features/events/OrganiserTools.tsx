import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../../shared/events';
import { FeedbackSummary } from './FeedbackSummary';
import { ParticipantsTable } from './ParticipantsTable';

/** The organiser's tools on an event page (shown when the server says the reader may manage it). */
export function OrganiserTools({ event: e, onChanged }: { event: Event; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="organiser-title">
      <Paper withBorder p="md">
        <Stack gap="lg">
          <Title order={2} size="h3" id="organiser-title">{t('events.organiser.title')}</Title>
          <ParticipantsTable event={e} onChanged={onChanged} />
          <FeedbackSummary event={e} />
        </Stack>
      </Paper>
    </section>
  );
}
