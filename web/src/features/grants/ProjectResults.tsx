import { Anchor, Box, LoadingOverlay, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listProjects, type ProjectView } from '../../api/grants';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../partners/useLoad';
import { useUrlState } from '../partners/urlState';
import { ProjectStatusBadge } from './badges';
import { titleOf } from './labels';
import { PROJECT_FILTERS, ProjectFilters } from './ProjectFilters';
import { useGrantFormat } from './useGrantFormat';
import { AuthorityLabel } from '../authorities/AuthorityLabel';
import { useNames } from '../authorities/useNames';

function ProjectRow({ p }: { p: ProjectView }) {
  const { t, i18n } = useTranslation();
  const fmt = useGrantFormat();
  const names = useNames();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        <Anchor component={Link} to={`/grants/projects/${p.id}`}>{titleOf(i18n.language, p)}</Anchor>
        <Text size="xs" c="dimmed">{p.reference}</Text>
      </Table.Th>
      <Table.Td>
        <AuthorityLabel authority={p.lead} fw={400} />
        {p.lead.province && <Text size="xs" c="dimmed">{p.lead.province}</Text>}
      </Table.Td>
      <Table.Td>{p.partners.map((x) => `${names.text(x)}, ${fmt.country(x.country)}`).join('; ')}</Table.Td>
      <Table.Td>{p.theme ? t(`themes.${p.theme}`, { defaultValue: p.theme }) : '–'}</Table.Td>
      <Table.Td ta="right">{fmt.money(p.grantCents)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}><ProjectStatusBadge status={p.status} /></Table.Td>
    </Table.Tr>
  );
}

/** The awarded projects of a programme with theme, country and province filters kept in the URL. */
export function ProjectResults({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const { params, update } = useUrlState(PROJECT_FILTERS);
  const query = { programme: programmeId, ...params };
  const all = useLoad((s) => listProjects({ programme: programmeId }, s), programmeId);
  const list = useLoad((s) => listProjects(query, s), JSON.stringify(query));
  const items = list.data?.items ?? [];
  return (
    <Stack gap="md">
      <ProjectFilters params={params} update={update} projects={all.data?.items ?? []} />
      {list.error !== null && <ErrorAlert error={list.error} />}
      <Text size="sm" role="status">{list.data ? t('grants.results.count', { count: items.length }) : ''}</Text>
      <Box pos="relative">
        <LoadingOverlay visible={list.loading} zIndex={4} loaderProps={{ role: 'status', 'aria-label': t('common.loading') }} />
        {list.data && items.length === 0 ? (
          <Text c="dimmed">{t('grants.results.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm" captionSide="top" highlightOnHover>
              <Table.Caption ta="left">{t('grants.results.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('grants.project.title')}</Table.Th>
                  <Table.Th scope="col">{t('grants.project.lead')}</Table.Th>
                  <Table.Th scope="col">{t('grants.project.partners')}</Table.Th>
                  <Table.Th scope="col">{t('grants.project.theme')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('grants.project.grant')}</Table.Th>
                  <Table.Th scope="col">{t('grants.project.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{items.map((p) => <ProjectRow key={p.id} p={p} />)}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Box>
    </Stack>
  );
}
