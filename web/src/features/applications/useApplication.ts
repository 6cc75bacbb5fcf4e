import { getApplication } from '../../api/applications';
import { ApiRequestError } from '../../api/client';
import { getCall } from '../../api/grants';
import { useAuth } from '../../auth/context';
import { useLoad } from '../partners/useLoad';

/** An application and its call (for themes and limits) for the signed-in user; `missing` for a 400/404. */
export function useApplication(id: string) {
  const { user, loading } = useAuth();
  const app = useLoad(user ? (s) => getApplication(id, s) : null, `${id}|${user?.id ?? ''}`);
  const callId = app.data?.callId ?? null;
  // The call page reads drafts only for managers; an applicant's call is published, so it reads.
  const call = useLoad(callId ? (s) => getCall(callId, s).catch(() => null) : null, callId ?? '');
  const missing = app.error instanceof ApiRequestError && [400, 404].includes(app.error.status);
  return { user, authLoading: loading, app, call: call.data ?? null, missing };
}
