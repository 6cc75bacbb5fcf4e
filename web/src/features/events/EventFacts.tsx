import { Anchor, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Event } from '../../../../shared/events';
import { useFormat } from '../../i18n/format';
import { seatsLine } from './labels';
import { instantIn, rangeIn, readerZone, sameWallTimes } from './time';

/** When: in the event's own time zone, and in the reader's when their clock shows other times. */
function When({ event: e }: { event: Event }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const mine = readerZone();
  return (
    <>
      <Table.Tr>
        <Table.Th scope="row">{t('events.facts.when')}</Table.Th>
        <Table.Td>
          <Text>{rangeIn(e.startsAt, e.endsAt, e.timeZone, fmt.locale)}</Text>
          <Text size="sm" c="dimmed">{t('events.facts.eventZone', { zone: e.timeZone })}</Text>
        </Table.Td>
      </Table.Tr>
      {!sameWallTimes(e.startsAt, e.endsAt, e.timeZone, mine) && (
        <Table.Tr>
          <Table.Th scope="row">{t('events.facts.yourTime')}</Table.Th>
          <Table.Td>
            <Text>{rangeIn(e.startsAt, e.endsAt, mine, fmt.locale)}</Text>
            <Text size="sm" c="dimmed">{t('events.facts.yourZone', { zone: mine })}</Text>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** Where: the authority (its profile and map place) and address, or online with the link for those allowed. */
function Where({ event: e }: { event: Event }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (e.place.mode === 'online') {
    return e.onlineLink
      ? <Text>{t('events.place.online')}: <Anchor href={e.onlineLink} target="_blank" rel="noopener noreferrer">{e.onlineLink}</Anchor></Text>
      : <Text>{t('events.place.online')} <Text span size="sm" c="dimmed">({t('events.place.linkForRegistered')})</Text></Text>;
  }
  return (
    <Stack gap={2}>
      <Anchor component={Link} to={`/authorities/${encodeURIComponent(e.place.authorityCode)}`} w="fit-content">{e.place.authorityName}</Anchor>
      <Text size="sm">{e.place.address} · {fmt.country(e.place.country)}</Text>
    </Stack>
  );
}

/** The facts of an event as a two-column table: when, where, seats, deadline, language, hours, organiser, themes. */
export function EventFacts({ event: e }: { event: Event }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const seats = seatsLine(e);
  const row = (label: string, value: ReactNode) => (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
  return (
    <Table variant="vertical" layout="fixed" withTableBorder maw={760} aria-label={t('events.facts.label')}>
      <Table.Tbody>
        <When event={e} />
        {row(t('events.facts.where'), <Where event={e} />)}
        {row(t('events.facts.seats'), t(seats.key, { count: seats.count, formatted: fmt.num(seats.count), capacity: fmt.num(seats.capacity) }))}
        {row(t('events.facts.deadline'), `${instantIn(e.registrationDeadline, e.timeZone, fmt.locale)}${e.registrationOpen ? '' : ` · ${t('events.registration.closed')}`}`)}
        {row(t('events.facts.language'), fmt.language(e.language))}
        {row(t('events.facts.hours'), fmt.num(e.hours, 1))}
        {row(t('events.facts.organiser'), e.organiser.authorityCode
          ? <Anchor component={Link} to={`/authorities/${encodeURIComponent(e.organiser.authorityCode)}`}>{e.organiser.name}</Anchor>
          : e.organiser.name)}
        {e.themes.length > 0 && row(t('events.facts.themes'), <Group gap={4}>{e.themes.map((x) => <Badge key={x} variant="outline">{t(`themes.${x}`)}</Badge>)}</Group>)}
      </Table.Tbody>
    </Table>
  );
}

/** Slides, recordings and handouts: kept after the event. */
export function Materials({ event: e }: { event: Event }) {
  const { t } = useTranslation();
  if (e.materials.length === 0) return null;
  return (
    <section aria-labelledby="materials-title">
      <Title order={2} size="h3" id="materials-title" mb="xs">{t('events.materials')}</Title>
      <List>
        {e.materials.map((m) => <List.Item key={m.url}><Anchor href={m.url} target="_blank" rel="noopener noreferrer">{m.title}</Anchor></List.Item>)}
      </List>
    </section>
  );
}
