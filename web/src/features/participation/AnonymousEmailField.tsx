import { Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { anonymousResponseInput, CONFIRMATION_HOURS } from '../../../../shared/participation.anonymous';

/** The address as the server will take it (the same zod rule). */
export function isEmail(value: string): boolean {
  return anonymousResponseInput.shape.email.safeParse(value.trim()).success;
}

interface Props {
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}

/** Where a signed-out respondent's one-time link goes, and what becomes of the address (it is not kept). */
export function AnonymousEmailField({ value, error, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h4">{t('participation.anonymous.emailTitle')}</Title>
        <TextInput type="email" autoComplete="email" withAsterisk label={t('participation.anonymous.emailLabel')} value={value} error={error}
          description={t('participation.anonymous.emailHelp', { hours: CONFIRMATION_HOURS })} onChange={(e) => onChange(e.currentTarget.value)} maw={420} />
        <Text size="sm">{t('participation.anonymous.notKept')}</Text>
      </Stack>
    </Paper>
  );
}
