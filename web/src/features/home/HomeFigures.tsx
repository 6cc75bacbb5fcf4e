import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { KeyFigures } from '../results/KeyFigures';
import { useStats } from '../results/useStats';

/** The dashboard's headline figures (GET /api/stats), with a link to all of them on /results. */
export function HomeFigures() {
  const { t } = useTranslation();
  const { stats, failed } = useStats();
  if (failed) return null;
  return (
    <>
      <KeyFigures stats={stats} keys={['authoritiesTr', 'authoritiesEu', 'active', 'projects', 'granted', 'consultations']} />
      <Anchor component={Link} to="/results" mt="md" display="inline-block" fw={600} underline="hover">
        {t('results.more')}
      </Anchor>
    </>
  );
}
