import { Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustments, IconEyeOff, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoritySummary } from '../../../../shared/authorities';
import { getAuthority } from '../../api/authorities';
import { getHidden, getRecommendations, setHidden } from '../../api/matching';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EmptyRecommendations } from './EmptyRecommendations';
import { fieldErrors } from '../../components/errors';
import { notify } from '../../components/notify';
import { validateWith } from '../../components/validation';
import { recommendationQuery as recommendationQuerySchema } from '../../../../shared/matching';
import { currentLang } from '../../i18n';
import { AuthorityPicker } from '../accounts/AuthorityPicker';
import { HiddenCandidates } from './HiddenCandidates';
import { ownAuthority } from './officer';
import { RecommendationFilters } from './RecommendationFilters';
import { activeFilters, RECOMMENDATION_KEYS, recommendationQuery, sourceCode } from './recommendationParams';
import { RecommendationList } from './RecommendationList';
import { SectionHeader } from './SectionHeader';
import { SendInterestModal, type InterestTarget } from './SendInterestModal';
import { useNames } from '../authorities/useNames';
import { useLoad } from './useLoad';
import { useUrlState } from './urlState';

/** Recommended partners of the officer's authority (or any chosen one), filters in the URL. */
export function RecommendationsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const names = useNames();
  const { params, update, key } = useUrlState(RECOMMENDATION_KEYS);
  const own = ownAuthority(user);
  const code = sourceCode(params, own);
  const isOwn = own !== null && code === own;
  const lang = currentLang();
  const source = useLoad(code ? (s) => getAuthority(code, s) : null, code ?? '');
  const recs = useLoad(code ? (s) => getRecommendations(code, recommendationQuery(params, lang), s) : null, `${code}|${key}|${i18n.language}|${user?.id}`);
  const hidden = useLoad(isOwn && code ? (s) => getHidden(code, s) : null, `${isOwn}|${code}`);
  const [target, setTarget] = useState<InterestTarget | null>(null);
  // Read before the first paint: a phone's filters start folded, rather than showing and folding a moment later (layout shift).
  const isPhone = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });
  const [filtersOpen, { toggle }] = useDisclosure(false);
  const active = activeFilters(params);

  // The server refused a filter: say what is wrong with it from the same shared schema, in the reader's language.
  const said = recs.error ? (validateWith(recommendationQuerySchema, recommendationQuery(params, lang), t) ?? {}) : {};
  const errors: Record<string, string> = {};
  for (const field of Object.keys(fieldErrors(recs.error))) errors[field] = said[field] ?? t('partners.filters.invalid');

  const changeHidden = async (a: AuthoritySummary, hide: boolean) => {
    if (!code) return;
    try {
      await setHidden(code, a.code, hide);
      notify('teal', t(hide ? 'partners.hidden.hidden' : 'partners.hidden.shown', { name: names.text(a) }));
      recs.reload();
      hidden.reload();
    } catch {
      notify('red', t('errors.unexpected'));
    }
  };

  return (
    <>
      <SectionHeader title={t('partners.tabs.recommended')} />
      <Paper withBorder radius="lg" p="md" mb="lg" component="section" aria-label={t('partners.filters.region')}>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <AuthorityPicker label={t('partners.recommended.for')} description={t('partners.recommended.forHint')}
              value={code} selectedLabel={source.data ? names.text(source.data) : undefined} onChange={(c) => update({ authority: c ?? '' })} />
          </div>
          <Button hiddenFrom="sm" variant="default" onClick={toggle} aria-expanded={filtersOpen}
            leftSection={<IconAdjustments size={18} aria-hidden />}>
            {active ? t('directory.filtersActive', { count: active }) : t('directory.filters')}
          </Button>
        </Group>
        <Collapse in={!isPhone || filtersOpen} mt="md">
          <RecommendationFilters params={params} update={update} errors={errors} />
        </Collapse>
      </Paper>
      {!code && <Text c="dimmed">{t('partners.recommended.pickFirst')}</Text>}
      {code && recs.error !== null && <ErrorAlert error={recs.error} />}
      {code && recs.error === null && (
        <Stack gap="md">
          <RecommendationList data={recs.data} loading={recs.loading} sourceName={source.data ? names.text(source.data) : code}
            empty={<EmptyRecommendations empty={recs.data?.empty} params={params} update={update} />}
            actions={isOwn ? (a) => (
              <>
                <Button size="xs" leftSection={<IconSend size={16} aria-hidden />} onClick={() => setTarget({ code: a.code, name: names.text(a) })}
                  aria-label={t('partners.interest.sendTo', { name: names.text(a) })}>
                  {t('partners.interest.button')}
                </Button>
                <Button size="xs" variant="default" leftSection={<IconEyeOff size={16} aria-hidden />} onClick={() => void changeHidden(a, true)}
                  aria-label={t('partners.hidden.hideNamed', { name: names.text(a) })}>
                  {t('partners.hidden.hide')}
                </Button>
              </>
            ) : undefined} />
          {isOwn && <HiddenCandidates items={hidden.data?.items ?? []} onUnhide={(a) => void changeHidden(a, false)} />}
        </Stack>
      )}
      <SendInterestModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
