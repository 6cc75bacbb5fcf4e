import { ActionIcon, Anchor, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Event } from '../../../../shared/events';
import { useFormat } from '../../i18n/format';
import { textOf } from '../participation/labels';
import { eventsByDay, monthGrid, monthLabel, shiftMonth, weekdayNames } from './calendar';
import classes from './events.module.css';

interface Props {
  month: string;
  events: readonly Event[];
  onMonth: (month: string) => void;
}

/**
 * A month as a table: weekdays as column headers, one row a week, each day's events as links (in the
 * tab order). An event is on the days it spans in its own time zone.
 */
export function EventCalendar({ month, events, onMonth }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const captionId = useId();
  const byDay = eventsByDay(events, month);
  const names = weekdayNames(fmt.locale);
  const label = monthLabel(month, fmt.locale);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <ActionIcon variant="default" size="lg" onClick={() => onMonth(shiftMonth(month, -1))} aria-label={t('events.calendar.previous')}><IconChevronLeft aria-hidden /></ActionIcon>
        <Text fw={600} id={captionId} aria-live="polite">{label}</Text>
        <ActionIcon variant="default" size="lg" onClick={() => onMonth(shiftMonth(month, 1))} aria-label={t('events.calendar.next')}><IconChevronRight aria-hidden /></ActionIcon>
      </Group>
      <Table withTableBorder withColumnBorders layout="fixed" aria-labelledby={captionId}>
        <Table.Thead>
          <Table.Tr>
            {names.map((n) => (
              <Table.Th key={n.long} scope="col">
                <span aria-hidden>{n.short}</span>
                <VisuallyHidden>{n.long}</VisuallyHidden>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {monthGrid(month).map((week, w) => (
            <Table.Tr key={w}>
              {week.map((day, d) => (
                <Table.Td key={day ?? `pad-${w}-${d}`} className={classes.day}>
                  {day && (
                    <>
                      <Text size="sm" c="dimmed" component="div">{Number(day.slice(8))}</Text>
                      {(byDay.get(day) ?? []).map((e) => (
                        <Anchor key={e.id} component={Link} to={`/events/${e.id}`} size="sm" display="block" className={classes.dayEvent}>
                          {textOf(i18n.language, e.title)}
                        </Anchor>
                      ))}
                    </>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {byDay.size === 0 && <Text c="dimmed">{t('events.calendar.none')}</Text>}
    </Stack>
  );
}
