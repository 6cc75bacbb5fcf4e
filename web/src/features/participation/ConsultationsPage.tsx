import { Anchor, Badge, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listConsultations } from '../../api/participation';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useLoad } from '../partners/useLoad';
import { mayCreateConsultation, textOf } from './labels';
import { StatusBadge } from './StatusBadge';

const FILTERS = ['open', 'closed', 'all'] as const;

/** Every consultation, open or closed (the filter lives in the URL). */
export default function ConsultationsPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((f) => f === params.get('status')) ?? 'open';
  const list = useLoad((s) => listConsultations({ status: filter === 'all' ? undefined : filter }, s), filter);

  return (
    <Page title={t('participation.title')} intro={t('participation.intro')}
      actions={mayCreateConsultation(user) ? <Button component={Link} to="/consultations/new">{t('participation.create.button')}</Button> : undefined}>
      <Stack gap="lg">
        <SegmentedControl w="fit-content" aria-label={t('participation.filter')} value={filter}
          data={FILTERS.map((f) => ({ value: f, label: t(`participation.filters.${f}`) }))}
          onChange={(v) => setParams(v === 'open' ? {} : { status: v })} />
        {list.error !== null && <ErrorAlert error={list.error} />}
        {list.loading && <Loading />}
        {list.data?.items.length === 0 && <Text>{t('participation.none')}</Text>}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {list.data?.items.map((c) => (
            <Card key={c.id} withBorder component="article" aria-labelledby={`c-${c.id}`}>
              <Group gap="xs" mb="xs">
                <StatusBadge status={c.status} />
                {c.demo && <Badge color="yellow" variant="light">{t('participation.demo')}</Badge>}
              </Group>
              <Anchor component={Link} to={`/consultations/${c.id}`} fw={600} size="lg" id={`c-${c.id}`}>{textOf(i18n.language, c.title)}</Anchor>
              <Text size="sm" c="dimmed" mt={4}>{t('participation.dates', { opens: fmt.date(c.opensAt), closes: fmt.date(c.closesAt) })}</Text>
              <Text size="sm" mt={4}>{t('participation.respondents', { count: c.respondents, formatted: fmt.num(c.respondents) })}</Text>
              <Text size="sm" mt="xs" lineClamp={3}>{textOf(i18n.language, c.description)}</Text>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
    </Page>
  );
}
