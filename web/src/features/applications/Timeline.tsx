import { Box, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlannedActivity } from '../../../../shared/grants';
import { barGeometry, monthTicks, outOfRange, timelineMonths } from './timeline';

interface Props {
  activities: readonly PlannedActivity[];
  durationMonths: number | null;
}

/**
 * The activities on a month scale, one bar per activity (a simple Gantt chart). It is a table: each
 * row names the activity and its months in words, so screen readers get what the bars show.
 */
export function Timeline({ activities, durationMonths }: Props) {
  const { t } = useTranslation();
  const months = timelineMonths(durationMonths, activities);
  if (activities.length === 0) return null;
  const ticks = monthTicks(months);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table captionSide="top" withRowBorders={false} verticalSpacing={4} layout="fixed">
        <Table.Caption style={{ textAlign: 'left' }}>{t('applications.timeline.caption', { count: months })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="32%">{t('applications.timeline.activity')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('applications.timeline.months')}</VisuallyHidden>
              <Box pos="relative" h={18} aria-hidden>
                {ticks.map((m) => (
                  <Text key={m} size="xs" c="dimmed" pos="absolute" style={{ left: `${((m - 0.5) / months) * 100}%`, transform: 'translateX(-50%)' }}>{m}</Text>
                ))}
              </Box>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((a, i) => {
            const { leftPct, widthPct } = barGeometry(a, months);
            const bad = outOfRange(a, durationMonths);
            return (
              <Table.Tr key={i}>
                <Table.Th scope="row" fw={500}><Text size="sm" truncate>{a.title.trim() || t('applications.activities.untitled', { n: i + 1 })}</Text></Table.Th>
                <Table.Td>
                  <VisuallyHidden>{t('applications.timeline.span', { start: a.startMonth, end: a.endMonth })}</VisuallyHidden>
                  <Box pos="relative" h={18} bg="gray.1" style={{ borderRadius: 4 }} aria-hidden>
                    <Box pos="absolute" top={0} h={18} bg={bad ? 'red.7' : 'bridge.6'}
                      style={{ left: `${leftPct}%`, width: `${widthPct}%`, borderRadius: 4, backgroundImage: bad ? 'repeating-linear-gradient(45deg, transparent 0 4px, rgba(255,255,255,.45) 4px 8px)' : undefined }} />
                  </Box>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
