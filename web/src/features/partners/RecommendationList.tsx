import { Box, LoadingOverlay, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoritySummary } from '../../../../shared/authorities';
import type { Recommendation } from '../../api/matching';
import { Loading } from '../../components/Loading';
import { relativeScore } from './officer';
import { RecommendationCard } from './RecommendationCard';

interface Props {
  data: { items: Recommendation[] } | null;
  loading: boolean;
  sourceName: string;
  actions?: (a: AuthoritySummary) => ReactNode;
  /** What to say when no candidate is left (why, and what to change). */
  empty?: ReactNode;
}

/** The ranked candidates with a count announced to screen readers, or the empty state. */
export function RecommendationList({ data, loading, sourceName, actions, empty }: Props) {
  const { t } = useTranslation();
  if (!data) return <Loading />;
  const scores = data.items.map((r) => r.score);
  return (
    <Box pos="relative" aria-busy={loading}>
      <LoadingOverlay visible={loading} zIndex={5} overlayProps={{ blur: 1 }} loaderProps={{ 'aria-hidden': true }} />
      <Text fw={600} mb="sm" role="status" aria-live="polite">
        {t('partners.recommended.count', { count: data.items.length, name: sourceName })}
      </Text>
      {data.items.length === 0 ? (
        <Paper withBorder p="xl" radius="lg" ta="center">{empty ?? <Text>{t('partners.recommended.empty')}</Text>}</Paper>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {data.items.map((rec, i) => (
            <RecommendationCard key={rec.authority.code} rec={rec} rank={i + 1} rel={relativeScore(rec.score, scores)} actions={actions?.(rec.authority)} />
          ))}
        </Stack>
      )}
    </Box>
  );
}
