import { Anchor, Button, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { EventQuery } from '../../../../shared/events';
import { feedHref, listEvents } from '../../api/events';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { currentLang } from '../../i18n';
import { useLoad } from '../partners/useLoad';
import { currentMonth } from './calendar';
import { EventCalendar } from './EventCalendar';
import { EventCard } from './EventCard';
import { EventFilters, type Filters } from './EventFilters';
import { mayCreateEvent, today } from './labels';

const VIEWS = ['list', 'calendar'] as const;

/**
 * Trainings and events as a list or a month calendar, filtered by theme, kind, country and month
 * (all in the URL). Without a month the list shows what is still to come; past months keep their events.
 */
export default function EventsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const view = VIEWS.find((v) => v === params.get('view')) ?? 'list';
  const filters: Filters = { theme: params.get('theme'), kind: params.get('kind'), country: params.get('country'), month: params.get('month') };
  const month = filters.month ?? (view === 'calendar' ? currentMonth() : null);
  const query = {
    theme: filters.theme ?? undefined,
    kind: filters.kind ?? undefined,
    country: filters.country ?? undefined,
    ...(month ? { month } : { from: today() }),
    limit: 200,
  } as Partial<EventQuery>;
  const list = useLoad((s) => listEvents(query, s), JSON.stringify(query));

  const update = (patch: Partial<Filters & { view: string }>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v && !(k === 'view' && v === 'list')) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };

  return (
    <Page title={t('events.title')} intro={t('events.intro')}
      actions={mayCreateEvent(user) ? <Button component={Link} to="/events/new">{t('events.create.button')}</Button> : undefined}>
      <Stack gap="lg">
        <EventFilters value={filters} onChange={update} />
        <Group justify="space-between">
          <SegmentedControl aria-label={t('events.view.label')} value={view} data={VIEWS.map((v) => ({ value: v, label: t(`events.view.${v}`) }))}
            onChange={(v) => update({ view: v })} />
          <Anchor href={feedHref(currentLang())} size="sm">{t('events.feed')}</Anchor>
        </Group>
        {list.error !== null && <ErrorAlert error={list.error} />}
        {list.loading && !list.data && <Loading />}
        {view === 'calendar' && month && list.data && (
          <EventCalendar month={month} events={list.data.items} onMonth={(m) => update({ month: m })} />
        )}
        {view === 'list' && list.data?.items.length === 0 && <Text>{t(month ? 'events.noneInMonth' : 'events.none')}</Text>}
        {view === 'list' && (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {list.data?.items.map((e) => <EventCard key={e.id} event={e} />)}
          </SimpleGrid>
        )}
      </Stack>
    </Page>
  );
}
