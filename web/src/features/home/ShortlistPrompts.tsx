import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeSection } from '../../../../shared/home';
import { currentLang } from '../../i18n';

/**
 * The managers' prompt for each two-stage call whose concept deadline passed and whose concept notes,
 * all evaluated, wait for the shortlist: nothing moves on to the full stage until it is made.
 */
export function ShortlistPrompts({ sections }: { sections: readonly HomeSection[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const waiting = sections.filter((s) => s.key === 'calls').flatMap((s) => s.items).filter((i) => (i.shortlist ?? 0) > 0);
  if (waiting.length === 0) return null;
  return (
    <Stack gap="sm" mb="md">
      {waiting.map((i) => {
        const call = lang === 'tr' && i.titleTr ? i.titleTr : i.title;
        return (
          <Alert key={i.id} color="orange" variant="light" icon={<IconListCheck aria-hidden />} title={t('myHome.shortlist.title', { call })}>
            <Text size="sm">{t('myHome.shortlist.body', { count: i.shortlist ?? 0 })}</Text>
            <Anchor component={Link} to={i.link} size="sm" fw={600}>{t('myHome.shortlist.action', { call })}</Anchor>
          </Alert>
        );
      })}
    </Stack>
  );
}
