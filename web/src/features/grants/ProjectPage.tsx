import { Anchor, Breadcrumbs, Grid, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { getProject, type ProjectView } from '../../api/grants';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { AwardLink } from '../evaluation/Links';
import { NotFoundPage } from '../misc/NotFoundPage';
import { useLoad } from '../partners/useLoad';
import { DemoBadge, ProjectStatusBadge } from './badges';
import { Indicators } from './Indicators';
import { pick, titleOf } from './labels';
import { share } from './money';
import { useGrantFormat } from './useGrantFormat';
import { AuthorityLabel } from '../authorities/AuthorityLabel';
import { Comments } from '../comments/Comments';
import { LinkedConsultations } from '../participation/LinkedConsultations';

type Authority = ProjectView['lead'];

function AuthorityLink({ a }: { a: Authority }) {
  const fmt = useGrantFormat();
  return (
    <>
      <AuthorityLabel authority={a} fw={400} />
      <Text span size="sm" c="dimmed">{` · ${[a.province, fmt.country(a.country)].filter(Boolean).join(', ')}`}</Text>
    </>
  );
}

/** The facts of a project: theme, place, grant, paid, state and dates. */
function Facts({ p }: { p: ProjectView }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const rows: [string, string][] = [
    [t('grants.project.theme'), p.theme ? t(`themes.${p.theme}`, { defaultValue: p.theme }) : '–'],
    [t('grants.project.province'), p.lead.province ?? '–'],
    [t('grants.project.country'), fmt.country(p.lead.country)],
    [t('grants.project.grant'), fmt.money(p.grantCents)],
    [t('grants.project.paid'), t('grants.project.paidShare', { amount: fmt.money(p.paidCents), share: fmt.num(share(p.paidCents, p.grantCents), 0) })],
    [t('grants.project.dates'), p.startsOn && p.endsOn ? `${fmt.day(p.startsOn)} – ${fmt.day(p.endsOn)}` : '–'],
    [t('grants.project.reference'), p.reference],
  ];
  return (
    <Table variant="vertical" withTableBorder verticalSpacing="xs">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={180}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** An awarded project's public page: who, what, where, how much, and what it achieved. */
export default function ProjectPage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const project = useLoad((s) => getProject(id, s), id);
  const missing = project.error instanceof ApiRequestError && [400, 404].includes(project.error.status);
  if (missing) return <NotFoundPage message={t('grants.project.notFound')} />;
  if (project.error) return <Page title={t('grants.project.heading')}><ErrorAlert error={project.error} /></Page>;
  if (!project.data || project.data.id !== id) return <Loading />;
  const p = project.data;
  const summary = pick(i18n.language, p.summaryEn, p.summaryTr);

  return (
    <Page title={titleOf(i18n.language, p)} size="xl">
      <Stack gap="xl">
        <Breadcrumbs mt={-12}>
          <Anchor component={Link} to="/grants" size="sm" underline="hover">{t('grants.home.title')}</Anchor>
          <Anchor component={Link} to={`/grants/programmes/${p.programmeId}`} size="sm" underline="hover">{t('grants.programme.heading')}</Anchor>
          <Anchor component={Link} to={`/grants/calls/${p.callId}`} size="sm" underline="hover">{t('grants.callPage.heading')}</Anchor>
          <Text size="sm">{p.reference}</Text>
        </Breadcrumbs>
        <Group gap="sm">
          <ProjectStatusBadge status={p.status} />
          {p.demo && <DemoBadge />}
          <AwardLink awardId={p.id} leadCode={p.lead.code} />
        </Group>
        {summary && <Text maw={820}>{summary}</Text>}
        <Grid gutter="xl">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <section aria-labelledby="project-partners">
              <Title order={2} size="h3" id="project-partners" mb="sm">{t('grants.project.authorities')}</Title>
              <Paper withBorder radius="md" p="md">
                <Text fw={600} size="sm">{t('grants.project.lead')}</Text>
                <Text mb="sm"><AuthorityLink a={p.lead} /></Text>
                <Text fw={600} size="sm">{t('grants.project.partners')}</Text>
                <List>{p.partners.map((a) => <List.Item key={a.code}><AuthorityLink a={a} /></List.Item>)}</List>
              </Paper>
            </section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <section aria-labelledby="project-facts">
              <Title order={2} size="h3" id="project-facts" mb="sm">{t('grants.project.facts')}</Title>
              <Facts p={p} />
            </section>
          </Grid.Col>
        </Grid>
        <section aria-labelledby="project-indicators">
          <Title order={2} size="h3" id="project-indicators" mb="sm">{t('grants.project.indicators')}</Title>
          <Indicators indicators={p.indicators} />
        </section>
        <LinkedConsultations kind="project" id={p.id} />
        <Comments kind="project" id={p.id} />
      </Stack>
    </Page>
  );
}
