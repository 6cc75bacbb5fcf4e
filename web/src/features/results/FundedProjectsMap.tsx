import { Anchor, Box, Group, List, LoadingOverlay, Switch, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listProjects } from '../../api/grants';
import classes from '../../components/ChartOrTable.module.css';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { projectCoords } from '../../components/map/mapGeometry';
import { POINT_COLORS } from '../../components/map/pointLayer';
import { AuthorityLabel } from '../authorities/AuthorityLabel';
import { titleOf } from '../grants/labels';
import { useGrantFormat } from '../grants/useGrantFormat';
import { useLoad } from '../partners/useLoad';
import { projectPlaces, type ProjectPlace } from './projectPlaces';

const TwinMap = lazy(() => import('../../components/map/TwinMap'));
const ALL = {} as const;

/** The places' projects as a table: what the map shows, for screen readers and for anyone who asks. */
function PlacesTable({ places, links }: { places: ProjectPlace[]; links: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = useGrantFormat();
  return (
    <Table striped>
      <Table.Caption>{t('results.projectsMap.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('results.projectsMap.authority')}</Table.Th>
          <Table.Th scope="col">{t('results.country')}</Table.Th>
          <Table.Th scope="col">{t('results.projectsMap.projects')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {places.map((p) => (
          <Table.Tr key={p.authority.code}>
            <Table.Th scope="row" fw={400}><AuthorityLabel authority={p.authority} fw={400} /></Table.Th>
            <Table.Td>{fmt.country(p.authority.country)}{p.authority.province ? ` · ${p.authority.province}` : ''}</Table.Td>
            <Table.Td>
              {p.projects.map(({ project, role }) => (
                <div key={project.id}>
                  {links ? <Anchor component={Link} to={`/grants/projects/${project.id}`}>{titleOf(i18n.language, project)}</Anchor> : titleOf(i18n.language, project)}
                  {' '}<Text span size="xs" c="dimmed">({t(`results.projectsMap.role.${role}`)})</Text>
                </div>
              ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Where the funded projects are: one dot per lead or partner authority, Turkish red and EU blue. */
export function FundedProjectsMap() {
  const { t, i18n } = useTranslation();
  const fmt = useGrantFormat();
  const [asTable, setAsTable] = useState(false);
  const projects = useLoad((s) => listProjects(ALL, s), 'all');
  const { places, unlocated } = useMemo(() => projectPlaces(projects.data?.items ?? []), [projects.data]);
  const layer = useMemo(() => {
    if (!projects.data) return null;
    const coords = places.flatMap((p) => [p.authority.lat, p.authority.lon]);
    const colorIndex = Uint8Array.from(places.map((p) => (p.authority.country === 'TR' ? 1 : 0)));
    // A few dozen dots on a continent: larger dots keep them easy to see and to tap.
    return { xy: projectCoords(coords), colorIndex, colors: POINT_COLORS, mask: null, boost: [3, 3] as [number, number] };
  }, [projects.data, places]);
  const renderPopup = useCallback(
    (i: number) => {
      const place = places[i];
      if (!place) return null;
      return (
        <div>
          <AuthorityLabel authority={place.authority} fw={700} />
          <Text size="sm" c="dimmed">{fmt.country(place.authority.country)}</Text>
          <List size="sm" mt={4}>
            {place.projects.map(({ project }) => (
              <List.Item key={project.id}><Anchor component={Link} to={`/grants/projects/${project.id}`}>{titleOf(i18n.language, project)}</Anchor></List.Item>
            ))}
          </List>
        </div>
      );
    },
    [places, fmt, i18n.language],
  );
  const count = projects.data?.items.length ?? 0;
  return (
    <section aria-labelledby="projects-map-title">
      <Group justify="space-between" align="center" mt={40} mb="xs">
        <Title order={2} id="projects-map-title">{t('results.projectsMap.title')}</Title>
        <Switch size="sm" label={t('common.showTable')} checked={asTable} onChange={(e) => setAsTable(e.currentTarget.checked)} />
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('results.projectsMap.help', { count, formatted: fmt.num(count), places: fmt.num(places.length) })}
        {unlocated > 0 && ` ${t('results.projectsMap.unlocated', { count: unlocated, formatted: fmt.num(unlocated) })}`}
      </Text>
      {projects.error !== null && <ErrorAlert error={projects.error} />}
      {asTable ? (
        <Table.ScrollContainer minWidth={420}><PlacesTable places={places} links /></Table.ScrollContainer>
      ) : (
        <Box pos="relative">
          <LoadingOverlay visible={projects.loading} zIndex={4} loaderProps={{ 'aria-label': t('results.projectsMap.loading'), role: 'status' }} />
          <Suspense fallback={<Loading />}>
            <TwinMap layer={layer} renderPopup={renderPopup} height="min(55vh, 520px)"
              label={t('results.projectsMap.label', { count: places.length, formatted: fmt.num(places.length) })} />
          </Suspense>
          {/* no links in the hidden copy: a keyboard user would tab onto links nobody can see */}
          <div className={classes.srOnly}><PlacesTable places={places} links={false} /></div>
        </Box>
      )}
    </section>
  );
}
