import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconPhone, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuthorityProfile } from '../../../../shared/authorities';
import { currentLang } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { themeLabel } from './labels';

/** Description (current language, else the other), themes, working languages and contacts. */
export function ProfileDetails({ profile: p }: { profile: AuthorityProfile }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const lang = currentLang();
  const own = lang === 'tr' ? p.descriptionTr : p.descriptionEn;
  const other = lang === 'tr' ? p.descriptionEn : p.descriptionTr;
  const otherLang = lang === 'tr' ? 'en' : 'tr';
  const hasContact = p.website || p.email || p.phone;
  return (
    <Stack gap="lg">
      <section>
        <Title order={2} size="h3" mb="xs">{t('profile.about')}</Title>
        {own ? (
          <Text style={{ whiteSpace: 'pre-line' }}>{own}</Text>
        ) : other ? (
          <>
            <Text size="sm" c="dimmed" mb={4}>{t('profile.onlyOtherLanguage', { language: fmt.language(otherLang) })}</Text>
            <Text lang={otherLang} style={{ whiteSpace: 'pre-line' }}>{other}</Text>
          </>
        ) : (
          <Text c="dimmed">{t('profile.noDescription')}</Text>
        )}
      </section>
      <section>
        <Title order={2} size="h3" mb="xs">{t('profile.themes')}</Title>
        {p.themes.length ? (
          <Group gap={6}>
            {p.themes.map((theme) => <Badge key={theme} variant="light" size="lg">{themeLabel(t, theme)}</Badge>)}
          </Group>
        ) : (
          <Text c="dimmed">{t('profile.noThemes')}</Text>
        )}
      </section>
      <section>
        <Title order={2} size="h3" mb="xs">{t('profile.languages')}</Title>
        <Text c={p.languages.length ? undefined : 'dimmed'}>
          {p.languages.length ? p.languages.map((l) => fmt.language(l)).join(', ') : t('profile.noLanguages')}
        </Text>
      </section>
      <section>
        <Title order={2} size="h3" mb="xs">{t('profile.contact')}</Title>
        {!hasContact && <Text c="dimmed">{t('profile.noContact')}</Text>}
        <Stack gap={4}>
          {p.website && (
            <Group gap={6}><IconWorld size={16} aria-hidden />
              <Anchor href={p.website} target="_blank" rel="noopener noreferrer">{p.website.replace(/^https?:\/\//, '')}</Anchor>
            </Group>
          )}
          {p.email && <Group gap={6}><IconMail size={16} aria-hidden /><Anchor href={`mailto:${p.email}`}>{p.email}</Anchor></Group>}
          {p.phone && <Group gap={6}><IconPhone size={16} aria-hidden /><Anchor href={`tel:${p.phone.replace(/[^+0-9]/g, '')}`}>{p.phone}</Anchor></Group>}
        </Stack>
      </section>
    </Stack>
  );
}
