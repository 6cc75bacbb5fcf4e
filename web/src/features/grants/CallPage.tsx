import { Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { getCall, type CallView } from '../../api/grants';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { CallApply } from '../applications/CallApply';
import { CallEvaluationLink } from '../evaluation/Links';
import { NotFoundPage } from '../misc/NotFoundPage';
import { useLoad } from '../partners/useLoad';
import { ApplicationCounts } from './ApplicationCounts';
import { CallStatusBadge } from './badges';
import { CallActions } from './CallActions';
import { CallExports } from './CallExports';
import { CallRulesView } from './CallRulesView';
import { GrantCrumbs } from './GrantCrumbs';
import { GridTable } from './GridTable';
import { Countdown, IstanbulTime } from './IstanbulTime';
import { managesGrants, titleOf } from './labels';
import { StageSummary } from './StageSummary';
import { ShortlistStep } from './ShortlistStep';
import { preSelectionThreshold, stageGrid } from '../../../../shared/grants.concept';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">{title}</Title>
      {children}
    </section>
  );
}

/** When the call opens and closes (Istanbul time), and when it was published. */
function CallDates({ call }: { call: CallView }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [[t('grants.call.opens'), call.rules.opensAt], [t('grants.call.deadline'), call.rules.deadlineAt]];
  if (call.rules.twoStage && call.rules.fullDeadlineAt) rows.push([t('grants.editor.fields.fullDeadlineAt'), call.rules.fullDeadlineAt]);
  if (call.publishedAt) rows.push([t('grants.call.publishedAt'), call.publishedAt]);
  return (
    <Paper withBorder radius="md" p="md">
      <Table variant="vertical" withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([label, iso]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={170}>{label}</Table.Th>
              <Table.Td><IstanbulTime iso={iso} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {call.open && <Group mt="sm"><Countdown deadline={call.deadlineAt} /></Group>}
    </Paper>
  );
}

/** A call for proposals: its rules in words, the evaluation grid, dates in Istanbul time and application counts. */
export default function CallPage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const { user } = useAuth();
  const call = useLoad((s) => getCall(id, s), `${id}|${user?.id ?? ''}`);
  const missing = call.error instanceof ApiRequestError && [400, 404].includes(call.error.status);
  if (missing) return <NotFoundPage message={t('grants.callPage.notFound')} />;
  if (call.error) return <Page title={t('grants.callPage.heading')}><ErrorAlert error={call.error} /></Page>;
  if (!call.data || call.data.id !== id) return <Loading />;
  const c = call.data;

  return (
    <Page title={titleOf(i18n.language, c)} size="xl" actions={managesGrants(user) && <CallActions call={c} onChanged={call.setData} />}>
      <Stack gap="xl">
        <GrantCrumbs call={c} />
        <Group gap="sm">
          <CallStatusBadge status={c.status} />
          <Text size="sm">{t(c.open ? 'grants.callPage.open' : 'grants.callPage.notOpen')}</Text>
          {c.rules.twoStage && <Text size="sm" c="dimmed">{t(`grants.stage.${c.stage}`)}</Text>}
          <CallEvaluationLink callId={c.id} status={c.status} />
        </Group>
        <Grid gutter="xl">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Section id="call-rules" title={t('grants.callPage.rules')}><CallRulesView rules={c.rules} /></Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="xl">
              <CallApply call={c} />
              <Section id="call-dates" title={t('grants.callPage.dates')}><CallDates call={c} /></Section>
              <Section id="call-counts" title={t('grants.callPage.applications')}>
                <Stack gap="xs">
                  <ApplicationCounts counts={c.applications} />
                  <StageSummary counts={c.applications} />
                </Stack>
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
        {managesGrants(user) && c.rules.twoStage && c.status !== 'draft' && (
          <Section id="call-shortlist" title={t('grants.shortlist.title')}><ShortlistStep call={c} onDone={call.reload} /></Section>
        )}
        {c.rules.twoStage && (
          <Section id="call-concept-grid" title={t('grants.callPage.conceptGrid')}>
            <GridTable grid={stageGrid(c.rules, 'concept')} caption={(max) => t('grants.grid.conceptCaption', { max, threshold: preSelectionThreshold(c.rules) })} />
          </Section>
        )}
        <Section id="call-grid" title={t('grants.callPage.grid')}><GridTable grid={c.rules.grid} /></Section>
        {managesGrants(user) && c.status !== 'draft' && (
          <Section id="call-exports" title={t('grants.exports.title')}>
            <Text size="sm" c="dimmed" mb="xs">{t('grants.exports.intro')}</Text>
            <CallExports callId={c.id} reference={c.reference} />
          </Section>
        )}
      </Stack>
    </Page>
  );
}
