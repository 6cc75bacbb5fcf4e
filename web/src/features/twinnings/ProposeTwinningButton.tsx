import { Button, Stack } from '@mantine/core';
import { IconArrowRight, IconHeartHandshake } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { proposeFromInterest, proposeTwinning } from '../../api/twinnings';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ownAuthority } from '../partners/officer';
import { ConfirmDialog } from './ConfirmDialog';
import { forgetTwinnings, liveTwinningWith, twinningsOfCached } from './ownTwinnings';

interface Props {
  partnerCode: string;
  partnerName: string;
  /** An accepted expression of interest to turn into the proposal. */
  eoiId?: string;
  size?: 'xs' | 'sm';
}

/** For officers: propose a twinning with another authority (after a confirmation), or open the one that already exists. */
export function ProposeTwinningButton({ partnerCode, partnerName, eoiId, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  const own = ownAuthority(user);
  const [existing, setExisting] = useState<string | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!own) return;
    let live = true;
    twinningsOfCached(own).then((items) => live && setExisting(liveTwinningWith(items, partnerCode)?.id ?? null), () => live && setExisting(null));
    return () => { live = false; };
  }, [own, partnerCode]);

  if (!own || own === partnerCode || existing === undefined) return null;
  if (existing) {
    return (
      <Button component={Link} to={`/twinnings/${existing}`} size={size} variant="light" leftSection={<IconArrowRight size={16} aria-hidden />}
        aria-label={t('twinnings.propose.openNamed', { name: partnerName })}>
        {t('twinnings.propose.open')}
      </Button>
    );
  }
  const propose = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = eoiId ? await proposeFromInterest(eoiId) : await proposeTwinning(partnerCode);
      forgetTwinnings(own);
      setConfirming(false);
      notify('teal', t('twinnings.propose.done', { name: partnerName }));
      navigate(`/twinnings/${created.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" align="flex-start">
      <Button size={size} onClick={() => { setError(null); setConfirming(true); }} leftSection={<IconHeartHandshake size={16} aria-hidden />}
        aria-label={t('twinnings.propose.buttonNamed', { name: partnerName })}>
        {t('twinnings.propose.button')}
      </Button>
      {error !== null && !confirming && <ErrorAlert error={error} />}
      <ConfirmDialog opened={confirming} onClose={() => setConfirming(false)} busy={busy} error={error} onConfirm={() => void propose()}
        title={t('twinnings.propose.confirmTitle', { name: partnerName })} confirm={t('twinnings.propose.confirm')}
        lines={[
          t('twinnings.propose.confirmWhat', { name: partnerName, status: t('twinnings.status.proposed') }),
          t('twinnings.propose.confirmTold', { name: partnerName }),
          t('twinnings.propose.confirmFinal', { name: partnerName }),
        ]} />
    </Stack>
  );
}
