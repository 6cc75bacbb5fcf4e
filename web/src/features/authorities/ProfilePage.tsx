import { Anchor, Badge, Breadcrumbs, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { loadPages } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { NotFoundPage } from '../misc/NotFoundPage';
import type { InterestTarget } from '../partners/SendInterestModal';
import { ProfileTwinnings } from '../twinnings/ProfileTwinnings';
import { typeLabel } from './labels';
import { ProfileActions } from './ProfileActions';
import { ProfileDetails } from './ProfileDetails';
import { ProfileFacts } from './ProfileFacts';
import { ProfileMap } from './ProfileMap';
import { ProfileOfficers } from './ProfileOfficers';
import classes from './ProfilePage.module.css';
import { useProfile } from './useProfile';
import { nativeLang, useNames } from './useNames';

// The edit dialog (modal, forms, multi-selects) and the approach dialog load when opened, with the strings
// beyond the core they need: most visitors only read.
const ProfileEditModal = lazy(() => Promise.all([import('./ProfileEditModal'), loadPages()]).then(([m]) => m));
const SendInterestModal = lazy(() => Promise.all([import('../partners/SendInterestModal'), loadPages()]).then(([m]) => ({ default: m.SendInterestModal })));

/** An authority's public profile, with the edit form for its officers and admins. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const code = useParams().code ?? '';
  const { user } = useAuth();
  const names = useNames();
  const { profile, error, loading, setProfile } = useProfile(code, user?.id ?? null);
  const [editing, { open, close }] = useDisclosure(false);
  const [target, setTarget] = useState<InterestTarget | null>(null);
  // Mounted from the first opening on, so the dialog's closing transition still plays.
  const [editWanted, setEditWanted] = useState(false);
  useEffect(() => {
    if (editing) setEditWanted(true);
  }, [editing]);

  if (error instanceof ApiRequestError && error.status === 404) {
    return <NotFoundPage message={t('profile.notFound', { code })} />;
  }
  if (error) return <Page title={t('profile.errorTitle')}><ErrorAlert error={error} /></Page>;
  if (!profile || (loading && profile.code !== code)) return <Loading />;
  const { native } = names.parts(profile);

  return (
    <Page
      title={names.parts(profile).label}
      actions={<ProfileActions profile={profile} onEdit={open} onApproach={() => setTarget({ code: profile.code, name: names.text(profile) })} />}
    >
      <Stack gap="xs" mt={-12} mb="lg">
        <Breadcrumbs>
          <Anchor component={Link} to="/authorities" size="sm" underline="hover">{t('nav.directory')}</Anchor>
          <Anchor component={Link} to={`/authorities?country=${profile.country}`} size="sm" underline="hover">{fmt.country(profile.country)}</Anchor>
        </Breadcrumbs>
        <Group gap="xs">
          <Badge variant="light" color={profile.country === 'TR' ? 'turkey' : 'bridge'}>{typeLabel(t, profile.type)}</Badge>
          {native && <Text c="dimmed" lang={nativeLang(profile.country)}>{native}</Text>}
        </Group>
      </Stack>
      <div className={classes.columns}>
        <Stack gap="xl">
          <ProfileDetails profile={profile} />
          <ProfileTwinnings code={profile.code} name={names.text(profile)} />
        </Stack>
        <Stack gap="lg">
          <ProfileMap profile={profile} />
          <Paper withBorder p="md" radius="md" component="section" aria-label={t('profile.facts')}>
            <ProfileFacts profile={profile} />
          </Paper>
          <ProfileOfficers profile={profile} />
        </Stack>
      </div>
      {editWanted && (
        <Suspense fallback={null}>
          <ProfileEditModal
            profile={profile}
            title={t('profile.edit.title', { name: names.text(profile) })}
            opened={editing}
            onClose={close}
            onSaved={(saved) => { setProfile(saved); close(); }}
          />
        </Suspense>
      )}
      {target && (
        <Suspense fallback={<Loading />}>
          <SendInterestModal target={target} onClose={() => setTarget(null)} />
        </Suspense>
      )}
    </Page>
  );
}
