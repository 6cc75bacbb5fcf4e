import { Alert, Button, Paper, Radio, Group, Stack, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_TEXT_MAX, type Event } from '../../../../shared/events';
import { giveFeedback } from '../../api/events';
import { ErrorAlert } from '../../components/ErrorAlert';

const RATINGS = ['1', '2', '3', '4', '5'] as const;

/** After the event, an attendee rates it 1–5 with an optional comment; once. */
export function FeedbackForm({ event: e, onSaved }: { event: Event; onSaved: () => void }) {
  const { t } = useTranslation();
  const [rating, setRating] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  if (e.me.feedbackGiven) return <Alert variant="light" color="teal">{t('events.feedback.thanks')}</Alert>;
  if (!e.me.attended || e.timing !== 'past') return null;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setMissing(rating === null);
    if (rating === null) return;
    setSaving(true);
    setFailure(null);
    try {
      await giveFeedback(e.id, { rating: Number(rating), text });
      onSaved();
    } catch (err) {
      setFailure(err);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section aria-labelledby="feedback-title">
      <Paper withBorder p="md" maw={760}>
        <form onSubmit={(ev) => void submit(ev)} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h3" id="feedback-title">{t('events.feedback.title')}</Title>
            <Radio.Group label={t('events.feedback.rating')} description={t('events.feedback.ratingHelp')} value={rating} onChange={setRating}
              error={missing ? t('events.feedback.ratingMissing') : undefined} withAsterisk>
              <Group gap="md" mt="xs">
                {RATINGS.map((r) => <Radio key={r} value={r} label={t(`events.feedback.scale.${r}`)} />)}
              </Group>
            </Radio.Group>
            <Textarea label={t('events.feedback.text')} autosize minRows={3} maxLength={FEEDBACK_TEXT_MAX} value={text} onChange={(x) => setText(x.currentTarget.value)} />
            {failure !== null && <ErrorAlert error={failure} />}
            <Button type="submit" loading={saving} w="fit-content">{t('events.feedback.send')}</Button>
          </Stack>
        </form>
      </Paper>
    </section>
  );
}
