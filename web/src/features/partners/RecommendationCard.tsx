import { Badge, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../api/matching';
import { useFormat } from '../../i18n/format';
import { typeLabel } from '../authorities/labels';
import { AuthorityLabel } from '../authorities/AuthorityLabel';
import { useNames } from '../authorities/useNames';
import { strengthKey } from './officer';

interface Props {
  rec: Recommendation;
  /** Strength relative to the best shown candidate, 0..1. */
  rel: number;
  rank: number;
  actions?: ReactNode;
}

/** One candidate: name (and Latin name) linking to its profile, facts, match strength and reasons. */
export function RecommendationCard({ rec, rel, rank, actions }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useNames();
  const a = rec.authority;
  const percent = Math.round(rel * 100);
  const strength = t(`partners.recommended.strength.${strengthKey(rel)}`);
  const titleId = `rec-${a.code}`;
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Title order={3} size="h4" id={titleId}>
            <Text span c="dimmed" fw={500} mr={6}>{t('partners.recommended.rank', { rank })}</Text>
            <AuthorityLabel authority={a} fw={700} />
          </Title>
          <Group gap={6} mt={6}>
            <Badge variant="light" color={a.country === 'TR' ? 'turkey' : 'bridge'}>{fmt.country(a.country)}</Badge>
            <Badge variant="default">{typeLabel(t, a.type)}</Badge>
            {names.region(a) && <Text size="sm" c="dimmed">{names.region(a)}</Text>}
          </Group>
          <Text size="sm" mt={4}>{t('directory.populationValue', { value: fmt.num(a.population) })}</Text>
        </div>
        <Stack gap={4} w={180} style={{ flex: '0 0 auto' }}>
          <Text size="sm" fw={600}>{strength}</Text>
          <Progress.Root size="lg" radius="xl">
            <Progress.Section value={percent} color={rel >= 0.6 ? 'teal' : 'yellow'}
              aria-label={t('partners.recommended.scoreLabel', { strength, percent })} />
          </Progress.Root>
          {/* What the score means to an officer: where the candidate stands among all the candidates, not a raw sum. */}
          <Text size="xs" c="dimmed">{t('partners.recommended.standing', { rank: fmt.num(rec.standing.rank), of: fmt.num(rec.standing.of), percent: rec.standing.topPercent })}</Text>
        </Stack>
      </Group>
      {rec.reasons.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="sm">{t('partners.recommended.why')}</Text>
          <List size="sm" spacing={2} mt={2}>
            {rec.reasons.map((r) => <List.Item key={r.kind}>{r.text}</List.Item>)}
          </List>
        </>
      )}
      {actions && <Group gap="xs" mt="sm">{actions}</Group>}
    </Paper>
  );
}
