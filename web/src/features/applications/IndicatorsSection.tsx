import { ActionIcon, Button, Grid, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../shared/grants';
import { EditorSection } from './EditorSection';
import { itemId } from './fieldAnchors';
import type { SectionProps } from './sectionProps';

const MAX_INDICATORS = 30;
const figure = (v: string | number) => (v === '' ? 0 : Number(v));

/** Measurable indicators: name, unit, baseline and target. */
export function IndicatorsSection({ content, change, errors, held }: SectionProps) {
  const { t } = useTranslation();
  const list = content.indicators;
  const set = (next: Indicator[]) => change('indicators', next);
  const edit = (i: number, patch: Partial<Indicator>) => set(list.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const add = () => {
    set([...list, { name: '', unit: '', baseline: 0, target: 0 }]);
    setTimeout(() => document.getElementById(itemId('indicators', list.length, 'name'))?.focus(), 0);
  };
  const heldMessage = held.indicators ? t(`applications.held.${held.indicators}`) : null;
  return (
    <EditorSection id="app-indicators" title={t('applications.indicators.title')} hint={t('applications.indicators.hint')}>
      <Stack gap="sm">
        {list.length === 0 && <Text size="sm" c="dimmed">{t('applications.indicators.none')}</Text>}
        {list.map((x, i) => (
          <Paper key={i} withBorder radius="sm" p="sm" bg="gray.0">
            <Group justify="space-between" mb={4}>
              <Text fw={600} size="sm">{t('applications.indicators.n', { n: i + 1 })}</Text>
              <ActionIcon variant="subtle" color="red.9" aria-label={t('applications.indicators.remove', { n: i + 1 })} onClick={() => set(list.filter((_, j) => j !== i))}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
            <Grid gutter="xs">
              <Grid.Col span={{ base: 12, sm: 4 }}>
                <TextInput id={itemId('indicators', i, 'name')} label={t('applications.indicators.name')} value={x.name} maxLength={200}
                  error={errors[itemId('indicators', i, 'name')] ?? (heldMessage && x.name.trim() === '' ? heldMessage : undefined)}
                  onChange={(e) => edit(i, { name: e.currentTarget.value })} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 2 }}>
                <TextInput label={t('applications.indicators.unit')} value={x.unit} maxLength={50} onChange={(e) => edit(i, { unit: e.currentTarget.value })} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <NumberInput label={t('applications.indicators.baseline')} min={0} allowNegative={false} value={x.baseline} onChange={(v) => edit(i, { baseline: figure(v) })} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <NumberInput label={t('applications.indicators.target')} min={0} allowNegative={false} value={x.target} onChange={(v) => edit(i, { target: figure(v) })} />
              </Grid.Col>
            </Grid>
          </Paper>
        ))}
        {errors['app-indicators'] && <Text size="sm" c="red.9">{errors['app-indicators']}</Text>}
        <Group>
          <Button variant="light" size="sm" onClick={add} disabled={list.length >= MAX_INDICATORS} leftSection={<IconPlus size={16} aria-hidden />}>{t('applications.indicators.add')}</Button>
        </Group>
      </Stack>
    </EditorSection>
  );
}
