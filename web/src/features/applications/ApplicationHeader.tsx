import { Anchor, Breadcrumbs, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationView } from '../../api/applications';
import { useFormat } from '../../i18n/format';
import { IstanbulTime } from '../grants/IstanbulTime';
import { ApplicationStatusBadge } from './badges';

/** Where the application sits: breadcrumbs, status, call, lead, the viewer's role, and its version once submitted. */
export function ApplicationHeader({ view, current }: { view: ApplicationView; current?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <Breadcrumbs mt={-12} mb="md">
        <Anchor component={Link} to="/grants/applications" size="sm" underline="hover">{t(view.viewerRole === 'manager' ? 'applications.list.managerTitle' : 'applications.list.title')}</Anchor>
        {current ? <Anchor component={Link} to={`/grants/applications/${view.id}`} size="sm" underline="hover">{view.reference}</Anchor> : <Text size="sm">{view.reference}</Text>}
        {current && <Text size="sm">{current}</Text>}
      </Breadcrumbs>
      <Group gap="sm" mb="lg" wrap="wrap">
        <ApplicationStatusBadge status={view.status} />
        <Text size="sm">
          {t('applications.header.call')}{' '}
          <Anchor component={Link} to={`/grants/calls/${view.callId}`}>{view.callReference}</Anchor>
        </Text>
        <Text size="sm">{t('applications.header.lead', { name: view.lead.name, country: fmt.country(view.lead.country) })}</Text>
        <Text size="sm" c="dimmed">{t(`applications.role.${view.viewerRole}`)}</Text>
        {view.submittedAt && (
          <Text size="sm">
            {t('applications.header.version', { version: view.version })} · {t('applications.header.submitted')} <IstanbulTime iso={view.submittedAt} />
          </Text>
        )}
      </Group>
    </>
  );
}
