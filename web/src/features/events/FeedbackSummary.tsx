import { List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../../shared/events';
import { getFeedback } from '../../api/events';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../i18n/format';
import { useLoad } from '../partners/useLoad';

/** What attendees said, without names: the average, how many gave each rating, and their comments. */
export function FeedbackSummary({ event: e }: { event: Event }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const summary = useLoad(e.timing === 'past' ? (s) => getFeedback(e.id, s) : null, e.id);
  const f = summary.data;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">{t('events.organiser.feedback')}</Title>
      {e.timing !== 'past' && <Text size="sm" c="dimmed">{t('events.organiser.feedbackLater')}</Text>}
      {summary.error !== null && <ErrorAlert error={summary.error} />}
      {f && f.count === 0 && <Text c="dimmed">{t('events.organiser.noFeedback')}</Text>}
      {f && f.count > 0 && (
        <>
          <Text fw={600}>{t('events.organiser.average', { average: fmt.num(f.average, 1), count: f.count, formatted: fmt.num(f.count) })}</Text>
          <Table withTableBorder maw={360} aria-label={t('events.organiser.distribution')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('events.organiser.rating')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('events.organiser.answers')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {f.distribution.map((n, i) => (
                <Table.Tr key={i}>
                  <Table.Th scope="row" fw={400}>{t(`events.feedback.scale.${i + 1}`)}</Table.Th>
                  <Table.Td ta="right">{fmt.num(n)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {f.texts.length > 0 && (
            <List spacing={4} aria-label={t('events.organiser.comments')}>
              {f.texts.map((x, i) => <List.Item key={i}>{x}</List.Item>)}
            </List>
          )}
        </>
      )}
    </Stack>
  );
}
