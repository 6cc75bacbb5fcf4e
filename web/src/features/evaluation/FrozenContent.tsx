import { List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationContent } from '../../../../shared/grants';
import { formatCents } from '../grants/money';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>{label}</Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>
    </div>
  );
}

/** The submitted application as the assessor reads it (frozen; only after the declaration of no conflict). */
export function FrozenContent({ content }: { content: unknown }) {
  const { t, i18n } = useTranslation();
  const parsed = applicationContent.partial().safeParse(content);
  if (!parsed.success) return <Text c="dimmed">{t('evaluation.assess.unreadable')}</Text>;
  const c = parsed.data;
  const dash = '–';
  return (
    <Stack gap="sm">
      <Field label={t('applications.fields.titleEn')}>{c.titleEn || dash}</Field>
      <Field label={t('applications.fields.titleTr')}>{c.titleTr || dash}</Field>
      <Field label={t('applications.fields.theme')}>{c.theme ? t(`themes.${c.theme}`) : dash}</Field>
      <Field label={t('applications.fields.summaryEn')}>{c.summaryEn || dash}</Field>
      <Field label={t('applications.fields.summaryTr')}>{c.summaryTr || dash}</Field>
      <div>
        <Text size="sm" fw={600}>{t('applications.fields.objectives')}</Text>
        <List size="sm" type="ordered">{(c.objectives ?? []).map((o, i) => <List.Item key={i}>{o}</List.Item>)}</List>
      </div>
      <div>
        <Text size="sm" fw={600}>{t('applications.fields.activities')}</Text>
        <List size="sm" type="ordered">{(c.activities ?? []).map((a, i) => <List.Item key={i}>{a.title}</List.Item>)}</List>
      </div>
      <Field label={t('applications.fields.requestedGrant')}>{c.requestedGrantCents != null ? formatCents(c.requestedGrantCents, i18n.language) : dash}</Field>
    </Stack>
  );
}
