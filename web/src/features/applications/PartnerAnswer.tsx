import { Button, Group } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationPartnerView } from '../../../../shared/grants.applications';
import { answerPartnership, type ApplicationView } from '../../api/applications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { PartnerStateBadge } from './badges';

interface Props {
  applicationId: string;
  /** The viewer's own authority as a partner of the application. */
  mine: ApplicationPartnerView;
  /** The reference, to name the application on the buttons in a list. */
  reference: string;
  onAnswered: (view: ApplicationView) => void;
}

/** A partner authority's officer confirms or declines taking part in a draft (either can be revised). */
export function PartnerAnswer({ applicationId, mine, reference, onAnswered }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'confirm' | 'decline' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const answer = async (which: 'confirm' | 'decline') => {
    setBusy(which);
    setError(null);
    try {
      const view = await answerPartnership(applicationId, which);
      notify('teal', t(which === 'confirm' ? 'applications.partner.confirmed' : 'applications.partner.declined', { reference }));
      onAnswered(view);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div>
      <Group gap="xs" wrap="wrap">
        <PartnerStateBadge state={mine.state} />
        {mine.state !== 'confirmed' && (
          <Button size="compact-sm" color="teal.9" loading={busy === 'confirm'} leftSection={<IconCheck size={14} aria-hidden />}
            aria-label={t('applications.partner.confirmNamed', { reference })} onClick={() => void answer('confirm')}>
            {t('applications.partner.confirm')}
          </Button>
        )}
        {mine.state !== 'declined' && (
          <Button size="compact-sm" variant="default" loading={busy === 'decline'} leftSection={<IconX size={14} aria-hidden />}
            aria-label={t('applications.partner.declineNamed', { reference })} onClick={() => void answer('decline')}>
            {t('applications.partner.decline')}
          </Button>
        )}
      </Group>
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}
