import { Alert, Anchor, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TWINNING_STATUSES } from '../../../../shared/twinningStatuses';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { ActiveTwinningsMap } from './ActiveTwinningsMap';
import { BarsBlock } from './BarsBlock';
import { FundedProjectsMap } from './FundedProjectsMap';
import { KeyFigures } from './KeyFigures';
import { orderedBars, topBars } from './resultsFigures';
import { ThemeYearBlock } from './ThemeYearBlock';
import { useStats } from './useStats';

/** Countries shown in the per-country chart; the rest are in the registry's own statistics. */
const TOP_COUNTRIES = 15;

/** The public dashboard: what the programme achieved, every figure computed from the platform's data. */
export default function ResultsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { stats, failed } = useStats();
  return (
    <Page title={t('results.title')} intro={t('results.intro')}>
      {failed && <Alert color="red" variant="light" role="alert">{t('results.failed')}</Alert>}
      <KeyFigures stats={stats} keys={['authorities', 'twinnings', 'active', 'projects', 'granted', 'provinces', 'countries', 'eventsHeld', 'participants', 'consultations']} />
      {stats && (
        <>
          <Title order={2} mt={40}>{t('results.twinnings.heading')}</Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <BarsBlock title={t('results.twinnings.byStatus')} labelHeading={t('results.status')} bars={orderedBars(stats.twinnings.byStatus, TWINNING_STATUSES, (s) => t(`twinnings.status.${s}`, { defaultValue: s }))} />
            <BarsBlock
              title={t('results.twinnings.byCountry', { count: TOP_COUNTRIES })}
              help={t('results.twinnings.byCountryHelp')}
              labelHeading={t('results.country')}
              bars={topBars(stats.twinnings.byCountry, fmt.country, TOP_COUNTRIES)}
            />
          </SimpleGrid>
          <BarsBlock
            title={t('results.twinnings.byYear')}
            help={t('results.twinnings.byYearHelp')}
            labelHeading={t('results.year')}
            orientation="horizontal"
            bars={stats.twinnings.byYear.map((y) => ({ key: String(y.year), label: String(y.year), value: y.count }))}
          />
          <Title order={2} mt={40}>{t('results.activities.heading')}</Title>
          <ThemeYearBlock cells={stats.activitiesByThemeYear} />
          <Title order={2} mt={40}>{t('results.authorities.heading')}</Title>
          <BarsBlock title={t('results.authorities.byKind')} labelHeading={t('results.kind')} bars={topBars(stats.authoritiesByKind, (k) => t(`authorityTypes.${k}`, { defaultValue: k }))} />
          <FundedProjectsMap />
          <ActiveTwinningsMap />
          <Anchor component={Link} to="/map" mt="xl" display="inline-block" fw={600}>{t('results.map')}</Anchor>
        </>
      )}
    </Page>
  );
}
