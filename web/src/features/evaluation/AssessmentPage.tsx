import { Alert, Anchor, Breadcrumbs, Grid, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getAssignment } from '../../api/evaluation';
import { getCall } from '../../api/grants';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { titleOf } from '../grants/labels';
import { useLoad } from '../partners/useLoad';
import { AssessedApplication } from './AssessedApplication';
import { AssignmentStatusBadge, FurtherBadge } from './badges';
import { DeclarationForm } from './DeclarationForm';
import { ScoreSheet } from './ScoreSheet';

/** One assignment: the declaration first, then the whole application as submitted beside the score sheet. */
export default function AssessmentPage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const a = useLoad((s) => getAssignment(id, s), id);
  const callId = a.data?.callId ?? '';
  const call = useLoad(callId ? (s) => getCall(callId, s) : null, callId);
  if (a.error) return <Page title={t('evaluation.assess.heading')}><ErrorAlert error={a.error} /></Page>;
  if (!a.data || a.data.id !== id) return <Loading />;
  const x = a.data;
  const readable = x.status === 'declared' || x.status === 'submitted';
  return (
    <Page title={`${x.reference} · ${titleOf(i18n.language, x)}`} size="xl">
      <Stack gap="lg">
        <Breadcrumbs mt={-12}>
          <Anchor component={Link} to="/grants/assessments" size="sm" underline="hover">{t('evaluation.mine.title')}</Anchor>
          <Text size="sm">{x.reference}</Text>
        </Breadcrumbs>
        <Group gap="sm">
          <AssignmentStatusBadge status={x.status} />
          {x.further && <FurtherBadge />}
        </Group>
        {x.status === 'assigned' && <DeclarationForm assignment={x} onDone={a.setData} />}
        {x.status === 'conflicted' && <Alert color="gray">{t('evaluation.assess.conflicted')}</Alert>}
        {readable && (
          <Grid gutter="xl">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              {x.application ? <AssessedApplication applicationId={x.applicationId} application={x.application} call={call.data} />
                : <Alert color="gray">{t('evaluation.assess.unreadable')}</Alert>}
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              {call.error !== null && <ErrorAlert error={call.error} />}
              {call.data ? <ScoreSheet key={x.status} rules={call.data.rules} assignment={x} onSaved={a.setData} /> : <Loading />}
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </Page>
  );
}
