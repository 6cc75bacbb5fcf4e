import { List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { listVersions } from '../../api/applications';
import { IstanbulTime } from '../grants/IstanbulTime';
import { useLoad } from '../partners/useLoad';

/** The frozen versions the lead submitted, oldest first, with who submitted and when (Istanbul time). */
export function VersionsList({ applicationId, version }: { applicationId: string; version: number }) {
  const { t } = useTranslation();
  const versions = useLoad((s) => listVersions(applicationId, s), `${applicationId}|${version}`);
  const items = versions.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="app-versions">
      <Title order={2} size="h4" id="app-versions" mb="xs">{t('applications.versions.title')}</Title>
      <List size="sm" spacing={4}>
        {items.map((v) => (
          <List.Item key={v.version}>
            <Text span size="sm" fw={600}>{t('applications.versions.n', { version: v.version })}</Text>
            {' · '}
            <IstanbulTime iso={v.submittedAt} />
            {v.submittedBy ? ` · ${v.submittedBy}` : ''}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
