import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TwinningFile } from '../../../../shared/twinnings';
import { fileHref, type Activity } from '../../api/twinnings';
import { currentLang } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { localized } from './activityText';
import { FileActions } from './FileActions';

interface Props {
  twinningId: string;
  activity: Activity;
  photos: TwinningFile[];
  canManage: boolean;
  onFilesChanged: () => void;
}

/** One activity: kind, dates, themes, participants by group, description (UI language first) and photos. */
export function ActivityCard({ twinningId, activity: a, photos, canManage, onFilesChanged }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const text = localized(currentLang(), a.descriptionEn, a.descriptionTr);
  const dates = a.endsOn && a.endsOn !== a.startsOn ? t('twinnings.activities.dateRange', { from: fmt.date(a.startsOn), to: fmt.date(a.endsOn) }) : fmt.date(a.startsOn);
  const groups = Object.entries(a.participants).filter(([, n]) => n > 0);
  const titleId = `activity-${a.id}`;
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-labelledby={titleId}>
      <Group justify="space-between" gap="xs" align="flex-start">
        <div>
          <Title order={3} size="h5" id={titleId}>{a.title}</Title>
          <Text size="sm" c="dimmed"><time dateTime={a.startsOn}>{dates}</time></Text>
        </div>
        <Badge variant="light" color="bridge">{t(`twinnings.activities.kinds.${a.kind}`)}</Badge>
      </Group>
      {a.themes.length > 0 && (
        <Group gap={4} mt="xs">
          {a.themes.map((th) => <Badge key={th} variant="outline" color="gray.7" size="sm">{t(`themes.${th}`, { defaultValue: th })}</Badge>)}
        </Group>
      )}
      {groups.length > 0 && (
        <Text size="sm" mt="xs">
          {t('twinnings.activities.participantsList', {
            list: groups.map(([g, n]) => t('twinnings.activities.groupCount', { group: t(`twinnings.activities.groups.${g}`, { defaultValue: g }), formatted: fmt.num(n) })).join(', '),
          })}
        </Text>
      )}
      {text?.fallback && <Text size="xs" c="dimmed" mt="xs">{t('profile.onlyOtherLanguage', { language: fmt.language(text.lang) })}</Text>}
      {text && <Text mt={text.fallback ? 2 : 'xs'} lang={text.lang} style={{ whiteSpace: 'pre-line' }}>{text.text}</Text>}
      {photos.length > 0 && (
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" mt="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('twinnings.activities.photos')}>
          {photos.map((p) => (
            <Stack component="li" key={p.id} gap={4}>
              <Anchor href={fileHref(twinningId, p.id)} target="_blank" rel="noopener" underline="never">
                <img src={fileHref(twinningId, p.id)} alt={t('twinnings.activities.photoAlt', { title: a.title, name: p.filename })} loading="lazy"
                  style={{ width: '100%', aspectRatio: '4 / 3', objectFit: 'cover', borderRadius: 6, display: 'block' }} />
              </Anchor>
              {canManage && <FileActions twinningId={twinningId} file={p} onChanged={onFilesChanged} />}
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
