import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TIMELINE_ACTIONS } from '../../../../shared/twinnings.api';
import type { TwinningDetail } from '../../api/twinnings';
import { useFormat } from '../../i18n/format';

const KNOWN: ReadonlySet<string> = new Set(TIMELINE_ACTIONS);

/** What happened and when, oldest first, with who did it for the two sides' officers; state changes say from which state to which. */
export function Timeline({ twinning: tw }: { twinning: TwinningDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const status = (s: string | null) => (s ? t(`twinnings.status.${s}`) : '');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="timeline-title">
      <Title order={2} size="h3" id="timeline-title" mb="xs">{t('twinnings.timeline.title')}</Title>
      {tw.timeline.length === 0 ? (
        <Text c="dimmed" size="sm">{t('twinnings.timeline.empty')}</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {tw.timeline.map((e, i) => {
            const action = KNOWN.has(e.action) ? e.action : 'other';
            const side = e.side ? tw[e.side].name : '';
            const changed = e.from !== null && e.to !== null && e.from !== e.to;
            return (
              <li key={`${e.at}-${i}`} style={{ borderLeft: '3px solid var(--mantine-color-bridge-2)', paddingLeft: 10 }}>
                <Text size="sm" fw={600}>
                  {t(`twinnings.timeline.action.${action}`, { side })}
                  {changed && ` (${t('twinnings.timeline.fromTo', { from: status(e.from), to: status(e.to) })})`}
                </Text>
                <Text size="xs" c="dimmed">
                  {/* The public reads the step and its date; only the two sides read who took it (issue 15). */}
                  {e.who && `${e.who} · `}<time dateTime={e.at}>{fmt.dateTime(e.at)}</time>
                </Text>
              </li>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
