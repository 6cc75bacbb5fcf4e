import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TwinningFile } from '../../../../shared/twinnings';
import type { ActivityList } from '../../api/twinnings';
import { AppModal } from '../../components/AppModal';
import { ActivityCard } from './ActivityCard';
import { ActivityForm } from './ActivityForm';

interface Props {
  twinningId: string;
  activities: ActivityList;
  files: TwinningFile[];
  /** Officers of either side log activities and manage their photos. */
  canLog: boolean;
  onActivitiesChanged: () => void;
  onFilesChanged: () => void;
}

/** The activities of a twinning, newest first, the dormant-at-risk warning, and the form to log one. */
export function ActivitiesSection({ twinningId, activities, files, canLog, onActivitiesChanged, onFilesChanged }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const photosOf = (id: string) => files.filter((f) => f.activityId === id);
  return (
    <section aria-labelledby="activities-title">
      <Group justify="space-between" align="center" gap="sm" mb="sm">
        <Title order={2} size="h3" id="activities-title">{t('twinnings.activities.title')}</Title>
        {canLog && <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>{t('twinnings.activities.log')}</Button>}
      </Group>
      {activities.dormantAtRisk && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('twinnings.activities.atRiskTitle')} mb="sm">
          {t('twinnings.activities.atRisk')}
        </Alert>
      )}
      {activities.items.length === 0 ? (
        <Paper withBorder radius="md" p="md"><Text c="dimmed" size="sm">{t('twinnings.activities.none')}</Text></Paper>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {activities.items.map((a) => (
            <ActivityCard key={a.id} twinningId={twinningId} activity={a} photos={photosOf(a.id)} canManage={canLog} onFilesChanged={onFilesChanged} />
          ))}
        </Stack>
      )}
      <AppModal opened={opened} onClose={close} title={t('twinnings.activities.log')}>
        <ActivityForm twinningId={twinningId} onSaved={() => { close(); onActivitiesChanged(); onFilesChanged(); }} />
      </AppModal>
    </section>
  );
}
