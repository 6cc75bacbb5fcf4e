import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle';

/** A section's h2, the document title "<section> · Partner matching", and optional actions. */
export function SectionHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(`${title} · ${t('partners.title')}`);
  return (
    <Group justify="space-between" align="center" mb="md" gap="sm">
      <Title order={2} size="h3">{title}</Title>
      {actions}
    </Group>
  );
}
