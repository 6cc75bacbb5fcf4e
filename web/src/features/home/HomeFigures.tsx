import { Paper, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFacets, type Facets } from '../../api/authorities';
import { useFormat } from '../../i18n/format';
import classes from './HomePage.module.css';

/** Headline figures from the directory facets: Turkish and EU authorities, countries. */
export function HomeFigures() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [facets, setFacets] = useState<Facets | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const ctrl = new AbortController();
    getFacets(ctrl.signal).then(setFacets, () => setFailed(!ctrl.signal.aborted));
    return () => ctrl.abort();
  }, []);

  if (failed) return null;
  const tr = facets?.countries.TR ?? 0;
  const figures = [
    { label: t('home.figures.turkish'), value: tr },
    { label: t('home.figures.eu'), value: facets ? facets.total - tr : 0 },
    { label: t('home.figures.countries'), value: facets ? Object.keys(facets.countries).length : 0 },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md" aria-busy={!facets}>
      {figures.map((f) => (
        <Paper key={f.label} withBorder p="lg" radius="lg" className={classes.stat}>
          {facets ? <div className={classes.statValue}>{fmt.num(f.value)}</div> : <Skeleton height={40} width="60%" />}
          <Text mt={4} fw={500}>
            {f.label}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
