import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NOTICE_VERSION } from '../../../../shared/accounts';
import { Page } from '../../components/Page';

/** The sections of each text, in reading order (their words are in legal.{en,tr}.json). */
const SECTIONS = {
  terms: ['service', 'account', 'officers', 'conduct', 'data', 'liability', 'changes'],
  privacy: ['controller', 'data', 'purposes', 'basis', 'recipients', 'retention', 'rights', 'contact'],
} as const;

/** The terms of use or the privacy notice (KVKK Law No. 6698 and GDPR), in the version sign-up asks consent to. */
export default function LegalPage({ kind }: { kind: keyof typeof SECTIONS }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`legal.${kind}.title`)} size="md" intro={kind === 'privacy' ? t('legal.privacy.intro') : undefined}>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">{t('legal.version', { version: NOTICE_VERSION })}</Text>
        {SECTIONS[kind].map((key) => (
          <section key={key} aria-labelledby={`legal-${key}`}>
            <Title order={2} size="h4" id={`legal-${key}`} mb={4}>{t(`legal.${kind}.sections.${key}.title`)}</Title>
            <Text>{t(`legal.${kind}.sections.${key}.body`)}</Text>
          </section>
        ))}
      </Stack>
    </Page>
  );
}
