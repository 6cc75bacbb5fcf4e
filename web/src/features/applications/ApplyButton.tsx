import { Alert, Button, Stack } from '@mantine/core';
import { IconFilePlus, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { startApplication } from '../../api/applications';
import { ApiRequestError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  callId: string;
  /** The officer's authority's own application to this call, when it has one. */
  existingId: string | null;
  size?: 'sm' | 'md';
}

/** Why the server refused a new draft, in words: 403 the authority may not lead, 409 the call takes none or one exists. */
function refusalKey(err: unknown): string | null {
  if (!(err instanceof ApiRequestError)) return null;
  if (err.status === 403) return 'applications.apply.notEligible';
  if (err.status === 409) return 'applications.apply.notNow';
  return null;
}

/** "Apply" for an officer of an eligible lead while the call is open; "Open my application" once one exists. */
export function ApplyButton({ callId, existingId, size = 'md' }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (existingId)
    return (
      <Button component={Link} to={`/grants/applications/${existingId}`} size={size} variant="light" leftSection={<IconPencil size={18} aria-hidden />}>
        {t('applications.apply.open')}
      </Button>
    );

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await startApplication(callId);
      void navigate(`/grants/applications/${created.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const refusal = refusalKey(error);
  return (
    <Stack gap="xs" align="flex-start">
      <Button onClick={() => void start()} loading={busy} size={size} leftSection={<IconFilePlus size={18} aria-hidden />}>
        {t('applications.apply.start')}
      </Button>
      {refusal && <Alert color="red" variant="light" role="alert" maw={480}>{t(refusal)}</Alert>}
      {error !== null && !refusal && <ErrorAlert error={error} />}
    </Stack>
  );
}
