import { Accordion, Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { listApplications } from '../../api/applications';
import { assignAssessors, getCallLedger, getCommittee } from '../../api/evaluation';
import { getCall } from '../../api/grants';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { STAGE_STATUSES, stageCounts } from '../../../../shared/grants.counts';
import { CallExports } from '../grants/CallExports';
import { GrantCrumbs } from '../grants/GrantCrumbs';
import { managesGrants, titleOf } from '../grants/labels';
import { LedgerBar } from '../grants/LedgerBar';
import { StageSummary } from '../grants/StageSummary';
import { useLoad } from '../partners/useLoad';
import { CommitteeSection } from './CommitteeSection';
import { CommitteeView } from './CommitteeView';
import { RankingSection } from './RankingSection';
import { useAction } from './useAction';
import { stageGrid } from '../../../../shared/grants.concept';

// The stages the committee works on, from the shared stage table (so the counts above agree with the list).
const EVALUATED: ReadonlySet<string> = new Set([...STAGE_STATUSES.evaluation, ...STAGE_STATUSES.ranked, ...STAGE_STATUSES.decided]);

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">{title}</Title>
      {children}
    </section>
  );
}

/** Why no application is in evaluation yet, and where to go next. */
function EmptyEvaluation({ callId, counts }: { callId: string; counts: Record<string, number> }) {
  const { t } = useTranslation();
  const s = stageCounts(counts);
  const checking = s.received + s.adminCheck;
  return (
    <Stack gap={4} data-testid="evaluation-empty">
      <Text c="dimmed">{checking > 0 ? t('evaluation.call.noneYetChecking', { count: checking }) : t('evaluation.call.noneYet')}</Text>
      {checking > 0 && <Anchor component={Link} to={`/grants/applications?call=${callId}`} size="sm">{t('evaluation.call.toChecks')}</Anchor>}
    </Stack>
  );
}

/** A committee member who is not programme staff (a voting assessor) sees only the committee: declaration, averages, report. */
function MemberCommittee({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [version, setVersion] = useState(0);
  const call = useLoad((s) => getCall(callId, s), `${callId}|${user?.id ?? ''}`);
  const seat = useLoad(user ? (s) => getCommittee(callId, s) : null, `${callId}|${user?.id ?? ''}|${version}`);
  if (seat.error || (!user && !seat.loading)) return <Page title={t('evaluation.call.heading')}><Text>{t('evaluation.call.managersOnly')}</Text></Page>;
  if (!call.data || !seat.data) return <Loading />;
  return (
    <Page title={t('evaluation.call.title', { reference: call.data.reference })}>
      <Section id="eval-committee" title={t('evaluation.board.title')}>
        <CommitteeSection callId={callId} grid={call.data.rules.grid} version={version} manages={false} awarded={call.data.status === 'awarded'} onChanged={() => setVersion((n) => n + 1)} />
      </Section>
    </Page>
  );
}

/** A call's evaluation for programme managers: assign assessors, the committee per application, ranking, award, ledger. */
export default function CallEvaluationPage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const { user, loading } = useAuth();
  const [version, setVersion] = useState(0);
  const allowed = managesGrants(user);
  // The keys name the viewer too: on a direct visit the session arrives after the first render.
  const key = `${id}|${version}|${user?.id ?? ''}`;
  const call = useLoad(allowed ? (s) => getCall(id, s) : null, key);
  const apps = useLoad(allowed ? (s) => listApplications({ call: id }, s) : null, key);
  const ledger = useLoad(allowed ? (s) => getCallLedger(id, s) : null, key);
  const act = useAction();
  const [unfilled, setUnfilled] = useState<string[] | null>(null);
  const [open, setOpen] = useState<string[]>([]);
  if (loading) return <Loading />;
  if (!allowed) return <MemberCommittee callId={id} />;
  if (call.error) return <Page title={t('evaluation.call.heading')}><ErrorAlert error={call.error} /></Page>;
  if (!call.data) return <Loading />;
  const c = call.data;
  const items = (apps.data?.items ?? []).filter((a) => EVALUATED.has(a.status));
  const refOf = (appId: string) => items.find((a) => a.id === appId)?.reference ?? appId;
  const assign = () => void act.run('assign', () => assignAssessors(id), (r) => { setUnfilled(r.unfilled); setVersion((n) => n + 1); });
  return (
    <Page title={t('evaluation.call.title', { reference: c.reference })} size="xl">
      <Stack gap="xl">
        <GrantCrumbs call={c} here={t('evaluation.call.heading')} />
        <StageSummary counts={c.applications} />
        <Section id="eval-committee" title={t('evaluation.board.title')}>
          <CommitteeSection callId={id} grid={c.rules.grid} version={version} manages awarded={c.status === 'awarded'} onChanged={() => setVersion((n) => n + 1)} />
        </Section>
        <Section id="eval-assign" title={t('evaluation.call.assessors')}>
          <Group>
            <Button onClick={assign} loading={act.busy === 'assign'} disabled={c.status === 'awarded'}>{t('evaluation.call.assign')}</Button>
          </Group>
          {act.error !== null && <ErrorAlert error={act.error} />}
          {unfilled && (
            <Alert mt="sm" color={unfilled.length ? 'yellow' : 'teal'} role="status">
              {unfilled.length ? t('evaluation.call.unfilled', { list: unfilled.map(refOf).join(', ') }) : t('evaluation.call.allFilled')}
            </Alert>
          )}
        </Section>
        <Section id="eval-apps" title={t('evaluation.call.applications')}>
          {apps.error !== null && <ErrorAlert error={apps.error} />}
          {apps.data && items.length === 0 && <EmptyEvaluation callId={c.id} counts={c.applications} />}
          <Accordion variant="separated" multiple value={open} onChange={setOpen}>
            {items.map((a) => (
              <Accordion.Item key={a.id} value={a.id}>
                <Accordion.Control>{`${a.reference} · ${titleOf(i18n.language, a)} · ${t(`grants.applicationStatus.${a.status}`)}`}</Accordion.Control>
                <Accordion.Panel>
                  {open.includes(a.id) && <CommitteeView grid={stageGrid(c.rules, a.stage)} applicationId={a.id} onChanged={() => setVersion((n) => n + 1)} />}
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Section>
        <Section id="eval-ranking" title={t('evaluation.ranking.title')}>
          <RankingSection callId={id} awarded={c.status === 'awarded'} version={version} onAwarded={() => setVersion((n) => n + 1)} />
        </Section>
        <Section id="eval-ledger" title={t('evaluation.ledger.title')}>
          {ledger.error !== null && <ErrorAlert error={ledger.error} />}
          {ledger.data && <LedgerBar ledger={ledger.data} />}
        </Section>
        <Section id="eval-exports" title={t('grants.exports.title')}>
          <Text size="sm" c="dimmed" mb="xs">{t('grants.exports.intro')}</Text>
          <CallExports callId={c.id} reference={c.reference} />
        </Section>
      </Stack>
    </Page>
  );
}
