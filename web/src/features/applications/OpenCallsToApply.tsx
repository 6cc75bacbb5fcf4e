import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationSummary } from '../../api/applications';
import type { CallSummary } from '../../api/grants';
import { IstanbulTime } from '../grants/IstanbulTime';
import { titleOf } from '../grants/labels';
import { ApplyButton } from './ApplyButton';

interface Props {
  calls: CallSummary[];
  /** The officer's applications, to offer "open" rather than "start" where the authority already leads one. */
  mine: ApplicationSummary[];
}

/** Calls open now, each with "Start an application" (or the authority's own application to it). */
export function OpenCallsToApply({ calls, mine }: Props) {
  const { t, i18n } = useTranslation();
  const open = calls.filter((c) => c.open);
  if (open.length === 0) return <Text c="dimmed">{t('applications.list.noOpenCalls')}</Text>;
  const existing = (callId: string) => mine.find((a) => a.callId === callId && a.viewerRole === 'lead' && a.status !== 'withdrawn')?.id ?? null;
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {open.map((c) => (
        <Paper component="li" key={c.id} withBorder radius="md" p="md">
          <Group justify="space-between" align="flex-start" gap="sm">
            <div>
              <Title order={3} size="h5">
                <Anchor component={Link} to={`/grants/calls/${c.id}`} underline="hover">{titleOf(i18n.language, c)}</Anchor>
              </Title>
              <Text size="sm" c="dimmed">{c.reference}</Text>
              <Text size="sm" mt={4}>{t('applications.list.deadline')}: <IstanbulTime iso={c.deadlineAt} /></Text>
            </div>
            <ApplyButton callId={c.id} existingId={existing(c.id)} size="sm" />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
