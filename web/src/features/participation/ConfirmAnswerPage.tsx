import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { confirmAnonymousResponse } from '../../api/participation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useLoad } from '../partners/useLoad';

// One confirmation per link in this page's life: a link works once, so a re-run effect (React's
// strict mode, a re-render) must reuse the first request's answer instead of posting again.
const attempts = new Map<string, ReturnType<typeof confirmAnonymousResponse>>();
function confirmOnce(id: string, token: string) {
  const key = `${id}:${token}`;
  const known = attempts.get(key);
  if (known) return known;
  const attempt = confirmAnonymousResponse(id, token);
  attempts.set(key, attempt);
  return attempt;
}

/** Why a link did not record the answer, in words fitting someone without an account. */
function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiRequestError && error.status === 400) return <Alert color="red" variant="light" role="alert">{t('participation.confirm.invalid')}</Alert>;
  if (error instanceof ApiRequestError && error.reason === 'already_responded') return <Alert color="red" variant="light" role="alert">{t('participation.confirm.alreadyResponded')}</Alert>;
  return <ErrorAlert error={error} />;
}

/** Opened from the mailed link: records the signed-out respondent's answer and says so, or why not. */
export default function ConfirmAnswerPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { t } = useTranslation();
  const done = useLoad(token ? () => confirmOnce(id, token) : null, `${id}:${token}`);
  const back = <Anchor component={Link} to={`/consultations/${id}`}>{t('participation.confirm.back')}</Anchor>;
  return (
    <Page title={t('participation.confirm.title')}>
      <Stack gap="md" maw={720}>
        {!token && <Alert color="red" variant="light" role="alert">{t('participation.confirm.invalid')}</Alert>}
        {done.loading && <Loading label={t('participation.confirm.working')} />}
        {done.error !== null && <Refusal error={done.error} />}
        {done.data && (
          <Alert color="teal" variant="light" role="status" title={t('participation.confirm.doneTitle')}>
            <Text>{t('participation.confirm.done', { count: done.data.respondents })}</Text>
            <Text mt="xs">{t('participation.confirm.notKept')}</Text>
          </Alert>
        )}
        {back}
      </Stack>
    </Page>
  );
}
