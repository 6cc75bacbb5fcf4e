import { Alert, Button, Grid, Paper, Stack, Text } from '@mantine/core';
import { IconClipboardCheck, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationView } from '../../api/applications';
import type { CallView } from '../../api/grants';
import { useAuth } from '../../auth/context';
import { ownAuthority } from '../partners/officer';
import { checkable } from './adminCheck';
import { AdminCheckResult } from './AdminCheckResult';
import { AttachmentsSection } from './AttachmentsSection';
import { ContentView } from './ContentView';
import { canWithdraw } from './draft';
import { PartnerAnswer } from './PartnerAnswer';
import { PartnersSection } from './PartnersSection';
import { VersionsList } from './VersionsList';
import { WithdrawButton } from './WithdrawButton';
import { EDITABLE_STATUSES } from './draft';

interface Props {
  view: ApplicationView;
  call: CallView | null;
  onChanged: (v: ApplicationView) => void;
}

/** An application to read: frozen after submission, or a draft seen by a partner or the secretariat. */
export function ApplicationReader({ view, call, onChanged }: Props) {
  const { t } = useTranslation();
  const own = ownAuthority(useAuth().user);
  const mine = view.viewerRole === 'partner' ? view.partners.find((p) => p.code === own) : undefined;
  const frozen = !EDITABLE_STATUSES.has(view.status);
  return (
    <Grid gutter="xl">
      <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
        <Stack gap="md">
          {frozen && view.status !== 'withdrawn' && (
            <Alert color="bridge" variant="light" icon={<IconLock aria-hidden />} title={t('applications.read.frozenTitle')}>
              {t('applications.read.frozen')}
            </Alert>
          )}
          {mine && EDITABLE_STATUSES.has(view.status) && (
            <Paper withBorder radius="md" p="md" component="section" aria-labelledby="app-invite">
              <Text fw={700} id="app-invite" mb={4}>{t('applications.partner.inviteTitle')}</Text>
              <Text size="sm" mb="sm">{t('applications.partner.invite', { lead: view.lead.name })}</Text>
              <PartnerAnswer applicationId={view.id} mine={mine} reference={view.reference} onAnswered={onChanged} />
            </Paper>
          )}
          {view.viewerRole === 'manager' && checkable(view.status) && (
            <Button component={Link} to={`/grants/applications/${view.id}/check`} leftSection={<IconClipboardCheck size={18} aria-hidden />}>
              {t('applications.check.record')}
            </Button>
          )}
          {view.adminCheck && <AdminCheckResult check={view.adminCheck} />}
          {view.version > 0 && <VersionsList applicationId={view.id} version={view.version} />}
          {frozen && canWithdraw(view) && <WithdrawButton view={view} onDone={onChanged} />}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
        <Stack gap="lg">
          <ContentView content={view.content} budget={view.budget} call={call} />
          <PartnersSection view={view} />
          <AttachmentsSection applicationId={view.id} editable={false} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
