import { Anchor, Badge, Breadcrumbs, Button, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { declineAward, getAward, getCallLedger } from '../../api/evaluation';
import { getCall, getProject } from '../../api/grants';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { GrantCrumbs } from '../grants/GrantCrumbs';
import { managesGrants, titleOf } from '../grants/labels';
import { LedgerBar } from '../grants/LedgerBar';
import { useGrantFormat } from '../grants/useGrantFormat';
import { useLoad } from '../partners/useLoad';
import { AmendmentForm } from './AmendmentForm';
import { ContractForm } from './ContractForm';
import { PaymentsSection } from './PaymentsSection';
import { Recoveries, ReportsDue } from './ScheduleSection';
import { BudgetSection } from './BudgetSection';
import { ReportForm } from './ReportForm';
import { ReportsList } from './ReportsList';
import { leadsAward } from './roles';
import { useAction } from './useAction';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">{title}</Title>
      {children}
    </section>
  );
}

/** An award for programme managers and the lead authority: contract, payments, reports, amendments, the call's ledger. */
export default function AwardPage() {
  const { t, i18n } = useTranslation();
  const fmt = useGrantFormat();
  const id = useParams().id ?? '';
  const { user } = useAuth();
  const manager = managesGrants(user);
  const award = useLoad((s) => getAward(id, s), `${id}|${user?.id ?? ''}`);
  const project = useLoad((s) => getProject(id, s), id);
  const callId = project.data?.callId ?? '';
  // The call (with its programme) names the breadcrumbs: which programme and call this award is of.
  const call = useLoad(callId ? (s) => getCall(callId, s) : null, callId);
  const ledger = useLoad(manager && callId ? (s) => getCallLedger(callId, s) : null, `${callId}|${manager}|${award.data?.paidCents ?? 0}|${award.data?.grantCents ?? 0}`);
  const act = useAction();
  if (award.error) return <Page title={t('evaluation.award.heading')}><ErrorAlert error={award.error} /></Page>;
  if (!award.data || award.data.id !== id) return <Loading />;
  const a = award.data;
  const lead = leadsAward(user, a.leadCode);
  const p = project.data;
  const rows: [string, string][] = [
    [t('evaluation.award.grant'), fmt.money(a.grantCents)],
    [t('evaluation.award.rank'), String(a.rank)],
    [t('evaluation.award.rate'), a.grantRateBp === null ? '–' : fmt.percent(a.grantRateBp)],
    [t('evaluation.award.period'), a.startsOn && a.endsOn ? `${fmt.day(a.startsOn)} – ${fmt.day(a.endsOn)}` : '–'],
  ];
  const decline = () => void act.run('decline', () => declineAward(a.id), () => award.reload());
  return (
    <Page title={p ? `${a.reference} · ${titleOf(i18n.language, p)}` : a.reference} size="xl">
      <Stack gap="xl">
        {call.data ? (
          <GrantCrumbs call={call.data} here={t('evaluation.award.heading')} />
        ) : (
          <Breadcrumbs mt={-12}>
            <Anchor component={Link} to="/grants" size="sm" underline="hover">{t('grants.home.title')}</Anchor>
            <Text size="sm">{t('evaluation.award.heading')}</Text>
          </Breadcrumbs>
        )}
        <Group gap="sm">
          <Badge variant="light" color={a.status === 'declined' ? 'gray' : 'teal'}>{t(`evaluation.awardStatus.${a.phase}`, { defaultValue: a.phase })}</Badge>
          {p && <Anchor component={Link} to={`/grants/projects/${p.id}`} size="sm">{t('evaluation.award.publicPage')}</Anchor>}
          {manager && p && <Anchor component={Link} to={`/grants/calls/${p.callId}/evaluation`} size="sm">{t('evaluation.call.heading')}</Anchor>}
        </Group>
        <Grid gutter="xl">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Section id="award-contract" title={t('evaluation.award.contract')}>
              <Table variant="vertical" withRowBorders={false} verticalSpacing={4} mb="sm">
                <Table.Tbody>
                  {rows.map(([k, v]) => <Table.Tr key={k}><Table.Th scope="row" w={170}>{k}</Table.Th><Table.Td>{v}</Table.Td></Table.Tr>)}
                </Table.Tbody>
              </Table>
              {manager && a.status === 'awarded' && <ContractForm award={a} onDone={award.setData} />}
              {act.error !== null && <ErrorAlert error={act.error} />}
              {lead && a.status === 'awarded' && <Button color="red.9" variant="outline" onClick={decline} loading={act.busy === 'decline'}>{t('evaluation.award.decline')}</Button>}
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Section id="award-payments" title={t('evaluation.award.payments')}><PaymentsSection award={a} manager={manager} onDone={award.setData} /></Section>
          </Grid.Col>
        </Grid>
        <Section id="award-schedule" title={t('evaluation.schedule.title')}><ReportsDue award={a} /></Section>
        {a.status !== 'awarded' && <Section id="award-budget" title={t('evaluation.budget.title')}><BudgetSection award={a} mayMove={manager || lead} onDone={award.setData} /></Section>}
        {a.recoveries.length > 0 && <Section id="award-recoveries" title={t('evaluation.recovery.title')}><Recoveries award={a} manager={manager} onDone={award.setData} /></Section>}
        <Section id="award-reports" title={t('evaluation.report.title')}>
          <ReportsList award={a} manager={manager} onDone={award.setData} />
        </Section>
        {lead && a.status === 'contracted' && (
          <Section id="award-new-report" title={t('evaluation.report.new')}>
            <ReportForm award={a} indicators={(p?.indicators ?? []).map((i) => i.name)} onDone={award.setData} />
          </Section>
        )}
        <Section id="award-amendments" title={t('evaluation.amendment.title')}><AmendmentForm award={a} manager={manager} onDone={award.setData} /></Section>
        {manager && (
          <Section id="award-ledger" title={t('evaluation.ledger.title')}>
            {ledger.error !== null && <ErrorAlert error={ledger.error} />}
            {ledger.data && <LedgerBar ledger={ledger.data} />}
          </Section>
        )}
      </Stack>
    </Page>
  );
}
