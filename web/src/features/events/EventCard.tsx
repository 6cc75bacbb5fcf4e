import { Anchor, Badge, Card, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Event } from '../../../../shared/events';
import { useFormat } from '../../i18n/format';
import { textOf } from '../participation/labels';
import { seatsLine } from './labels';
import { rangeIn } from './time';

/** What a reader sees of an event's place in a list: the authority and country, or "online". */
export function PlaceText({ event: e }: { event: Event }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return <>{e.place.mode === 'online' ? t('events.place.online') : `${e.place.authorityName} · ${fmt.country(e.place.country)}`}</>;
}

/** One event in the list: kind, title, when (in its own zone), where, and the seats left. */
export function EventCard({ event: e }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const seats = seatsLine(e);
  return (
    <Card withBorder component="article" aria-labelledby={`e-${e.id}`}>
      <Group gap="xs" mb="xs">
        <Badge variant="light">{t(`events.kinds.${e.kind}`)}</Badge>
        {e.timing !== 'upcoming' && <Badge variant="light" color="gray">{t(`events.timing.${e.timing}`)}</Badge>}
        {e.demo && <Badge color="yellow" variant="light">{t('events.demo')}</Badge>}
      </Group>
      <Anchor component={Link} to={`/events/${e.id}`} fw={600} size="lg" id={`e-${e.id}`}>{textOf(i18n.language, e.title)}</Anchor>
      <Text size="sm" mt={4}>{rangeIn(e.startsAt, e.endsAt, e.timeZone, fmt.locale)}</Text>
      <Text size="sm" c="dimmed"><PlaceText event={e} /></Text>
      {e.timing === 'upcoming' && <Text size="sm" mt={4}>{t(seats.key, { count: seats.count, formatted: fmt.num(seats.count), capacity: fmt.num(seats.capacity) })}</Text>}
    </Card>
  );
}
