import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getAuthorityTwinnings } from '../../api/twinnings';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { loadPages } from '../../i18n';
import { useLoad } from '../partners/useLoad';
import { SourceBadge, StatusBadge } from './labels';
import { PartnerName, usePartnerCountry } from './PartnerName';
import { ownAuthority } from '../partners/officer';

const FIRST = 12;
// Only officers of another authority may propose: the button (and its confirmation dialog) loads for them.
const ProposeTwinningButton = lazy(() => Promise.all([import('./ProposeTwinningButton'), loadPages()]).then(([m]) => ({ default: m.ProposeTwinningButton })));

/** A profile's "Twinnings" section: every twinning of the authority, and a proposal button for other officers. */
export function ProfileTwinnings({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const country = usePartnerCountry();
  const list = useLoad((s) => getAuthorityTwinnings(code, s), `${code}|${user?.id ?? ''}`);
  const [all, setAll] = useState(false);
  const items = list.data?.items ?? [];
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section aria-labelledby="twinnings-title">
      <Group justify="space-between" align="center" gap="sm" mb="xs">
        <Title order={2} size="h3" id="twinnings-title">{t('twinnings.profile.title')}</Title>
        {ownAuthority(user) && (
          <Suspense fallback={null}>
            <ProposeTwinningButton key={code} partnerCode={code} partnerName={name} />
          </Suspense>
        )}
      </Group>
      {list.error !== null && <ErrorAlert error={list.error} />}
      {list.loading && !list.data && <Loading />}
      {list.data && items.length === 0 && <Text c="dimmed">{t('twinnings.profile.none')}</Text>}
      {items.length > 0 && (
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.map((tw) => (
            <Paper component="li" key={tw.id} withBorder radius="md" px="sm" py={8}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <div style={{ minWidth: 0 }}>
                  <PartnerName partner={tw.partner} />
                  <Text span size="sm" c="dimmed">
                    {' · '}{country(tw.partner)}
                    {!tw.partner.code && ` · ${t('twinnings.external')}`}
                    {tw.since !== null && ` · ${t('twinnings.sinceYear', { year: tw.since })}`}
                  </Text>
                </div>
                <Group gap={6}>
                  <StatusBadge status={tw.status} />
                  <SourceBadge source={tw.source} />
                  <Anchor component={Link} to={`/twinnings/${tw.id}`} size="sm" aria-label={t('twinnings.profile.openNamed', { name: tw.partner.name })}>
                    {t('twinnings.profile.open')}
                  </Anchor>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {items.length > FIRST && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('twinnings.profile.fewer') : t('twinnings.profile.all', { count: items.length })}
        </Button>
      )}
    </section>
  );
}
