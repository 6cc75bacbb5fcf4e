import { ActionIcon, Button, Group, NumberInput, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlannedActivity } from '../../../../shared/grants';
import { EditorSection } from './EditorSection';
import { itemId } from './fieldAnchors';
import type { SectionProps } from './sectionProps';
import { Timeline } from './Timeline';

const MAX_ACTIVITIES = 50;
const month = (v: string | number) => (v === '' ? 0 : Number(v));

/** The planned activities with their months, and the timeline they make. */
export function ActivitiesSection({ content, change, errors, held }: SectionProps) {
  const { t } = useTranslation();
  const list = content.activities;
  const set = (next: PlannedActivity[]) => change('activities', next);
  const edit = (i: number, patch: Partial<PlannedActivity>) => set(list.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const add = () => {
    const end = Math.min(3, content.durationMonths ?? 3);
    set([...list, { title: '', description: '', startMonth: 1, endMonth: Math.max(1, end) }]);
    setTimeout(() => document.getElementById(itemId('activities', list.length, 'title'))?.focus(), 0);
  };
  const heldMessage = held.activities ? t(`applications.held.${held.activities}`) : null;
  return (
    <EditorSection id="app-activities" title={t('applications.activities.title')} hint={t('applications.activities.hint')}>
      <Stack gap="md">
        <Timeline activities={list} durationMonths={content.durationMonths} />
        {list.length === 0 && <Text size="sm" c="dimmed">{t('applications.activities.none')}</Text>}
        {list.map((a, i) => (
          <Paper key={i} withBorder radius="sm" p="sm" bg="gray.0">
            <Group justify="space-between" mb={4}>
              <Text fw={600} size="sm">{t('applications.activities.n', { n: i + 1 })}</Text>
              <ActionIcon variant="subtle" color="red.9" aria-label={t('applications.activities.remove', { n: i + 1 })} onClick={() => set(list.filter((_, j) => j !== i))}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
            <Stack gap="xs">
              <TextInput id={itemId('activities', i, 'title')} label={t('applications.activities.name')} value={a.title} maxLength={200}
                error={errors[itemId('activities', i, 'title')] ?? (heldMessage && a.title.trim() === '' ? heldMessage : undefined)}
                onChange={(e) => edit(i, { title: e.currentTarget.value })} />
              <Textarea label={t('applications.activities.description')} value={a.description} autosize minRows={2} maxRows={8} maxLength={3000}
                onChange={(e) => edit(i, { description: e.currentTarget.value })} />
              <Group grow align="flex-start">
                <NumberInput id={itemId('activities', i, 'startMonth')} label={t('applications.activities.start')} min={1} max={60} allowDecimal={false} allowNegative={false}
                  value={a.startMonth || ''} onChange={(v) => edit(i, { startMonth: month(v) })} error={errors[itemId('activities', i, 'startMonth')]} />
                <NumberInput id={itemId('activities', i, 'endMonth')} label={t('applications.activities.end')} min={1} max={60} allowDecimal={false} allowNegative={false}
                  value={a.endMonth || ''} onChange={(v) => edit(i, { endMonth: month(v) })} error={errors[itemId('activities', i, 'endMonth')]} />
              </Group>
            </Stack>
          </Paper>
        ))}
        {heldMessage && held.activities === 'months' && <Text size="sm" c="red.9">{heldMessage}</Text>}
        {errors['app-activities'] && <Text size="sm" c="red.9">{errors['app-activities']}</Text>}
        <Group>
          <Button variant="light" size="sm" onClick={add} disabled={list.length >= MAX_ACTIVITIES} leftSection={<IconPlus size={16} aria-hidden />}>{t('applications.activities.add')}</Button>
        </Group>
      </Stack>
    </EditorSection>
  );
}
