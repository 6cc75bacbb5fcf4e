import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EditorSection } from './EditorSection';
import { itemId } from './fieldAnchors';
import type { SectionProps } from './sectionProps';

const MAX_ITEMS = 20;

/** A list of short texts: the objectives, or the expected results. */
export function TextListSection({ field, content, change, errors, held }: SectionProps & { field: 'objectives' | 'expectedResults' }) {
  const { t } = useTranslation();
  const items = content[field];
  const k = (key: string) => `applications.lists.${field}.${key}`;
  const set = (next: string[]) => change(field, next);
  const add = () => {
    set([...items, '']);
    // Focus the new item once it is rendered.
    setTimeout(() => document.getElementById(itemId(field, items.length))?.focus(), 0);
  };
  return (
    <EditorSection id={`app-${field}`} title={t(k('title'))} hint={t(k('hint'))}>
      <Stack gap="sm">
        {items.length === 0 && <Text size="sm" c="dimmed">{t(k('none'))}</Text>}
        {items.map((item, i) => (
          <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
            <Textarea id={itemId(field, i)} label={t(k('item'), { n: i + 1 })} value={item} autosize minRows={1} maxRows={6} maxLength={1000} style={{ flex: 1 }}
              error={errors[itemId(field, i)] ?? (held[field] && item.trim() === '' ? t('applications.held.emptyItem') : undefined)}
              onChange={(e) => set(items.map((x, j) => (j === i ? e.currentTarget.value : x)))} />
            <ActionIcon variant="subtle" color="red.9" mt={26} aria-label={t(k('remove'), { n: i + 1 })} onClick={() => set(items.filter((_, j) => j !== i))}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {errors[`app-${field}`] && <Text size="sm" c="red.9">{errors[`app-${field}`]}</Text>}
        <Group>
          <Button variant="light" size="sm" onClick={add} disabled={items.length >= MAX_ITEMS} leftSection={<IconPlus size={16} aria-hidden />}>{t(k('add'))}</Button>
        </Group>
      </Stack>
    </EditorSection>
  );
}
