import { Accordion, Alert, Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { listApplications } from '../../api/applications';
import { assignAssessors, getCallLedger } from '../../api/evaluation';
import { getCall } from '../../api/grants';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { managesGrants, titleOf } from '../grants/labels';
import { LedgerBar } from '../grants/LedgerBar';
import { useLoad } from '../partners/useLoad';
import { CommitteeView } from './CommitteeView';
import { RankingSection } from './RankingSection';
import { useAction } from './useAction';

const EVALUATED = new Set(['evaluation', 'evaluated', 'shortlisted', 'awarded', 'reserve', 'rejected', 'declined']);

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">{title}</Title>
      {children}
    </section>
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
  if (!allowed) return <Page title={t('evaluation.call.heading')}><Text>{t('evaluation.call.managersOnly')}</Text></Page>;
  if (call.error) return <Page title={t('evaluation.call.heading')}><ErrorAlert error={call.error} /></Page>;
  if (!call.data) return <Loading />;
  const c = call.data;
  const items = (apps.data?.items ?? []).filter((a) => EVALUATED.has(a.status));
  const refOf = (appId: string) => items.find((a) => a.id === appId)?.reference ?? appId;
  const assign = () => void act.run('assign', () => assignAssessors(id), (r) => { setUnfilled(r.unfilled); setVersion((n) => n + 1); });
  return (
    <Page title={t('evaluation.call.title', { reference: c.reference })} size="xl">
      <Stack gap="xl">
        <Breadcrumbs mt={-12}>
          <Anchor component={Link} to="/grants" size="sm" underline="hover">{t('grants.home.title')}</Anchor>
          <Anchor component={Link} to={`/grants/calls/${c.id}`} size="sm" underline="hover">{titleOf(i18n.language, c)}</Anchor>
          <Text size="sm">{t('evaluation.call.heading')}</Text>
        </Breadcrumbs>
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
          {apps.data && items.length === 0 && <Text c="dimmed">{t('evaluation.call.none')}</Text>}
          <Accordion variant="separated" multiple value={open} onChange={setOpen}>
            {items.map((a) => (
              <Accordion.Item key={a.id} value={a.id}>
                <Accordion.Control>{`${a.reference} · ${titleOf(i18n.language, a)} · ${t(`grants.applicationStatus.${a.status}`)}`}</Accordion.Control>
                <Accordion.Panel>
                  {open.includes(a.id) && <CommitteeView grid={c.rules.grid} applicationId={a.id} onChanged={() => setVersion((n) => n + 1)} />}
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
      </Stack>
    </Page>
  );
}
