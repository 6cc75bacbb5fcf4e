import { Anchor, Group, List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CONSULTATION_LINKS } from '../../../../shared/participation';
import { listConsultations } from '../../api/participation';
import { useLoad } from '../partners/useLoad';
import { textOf } from './labels';
import { StatusBadge } from './StatusBadge';

interface Props {
  kind: (typeof CONSULTATION_LINKS)[number];
  id: string;
}

/**
 * The consultations linked to a twinning, project, call or request, on that page. Nothing shows
 * when there are none; a failed load only leaves the list out, the page around it still works.
 */
export function LinkedConsultations({ kind, id }: Props) {
  const { t, i18n } = useTranslation();
  const linkedTo = `${kind}:${id}`;
  const list = useLoad((s) => listConsultations({ linkedTo }, s), linkedTo);
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`consultations-${kind}`}>
      <Title order={2} size="h3" id={`consultations-${kind}`} mb="sm">{t('participation.title')}</Title>
      <List listStyleType="none" spacing="xs">
        {items.map((c) => (
          <List.Item key={c.id}>
            <Group gap="xs" wrap="nowrap">
              <StatusBadge status={c.status} />
              <Anchor component={Link} to={`/consultations/${c.id}`}>{textOf(i18n.language, c.title)}</Anchor>
            </Group>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
