import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Material = { title: string; url: string };

interface Props {
  materials: Material[];
  errors: Record<string, string>;
  onChange: (materials: Material[]) => void;
}

/** Links to slides, recordings and handouts: kept on the event's page after it is over. */
export function MaterialsEditor({ materials, errors, onChange }: Props) {
  const { t } = useTranslation();
  const edit = (i: number, patch: Partial<Material>) => onChange(materials.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <Fieldset legend={t('events.materials')}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">{t('events.form.materialsHelp')}</Text>
        {materials.map((m, i) => (
          <Group key={i} align="flex-start" grow>
            <TextInput label={t('events.form.materialTitle', { n: i + 1 })} value={m.title} error={errors[`materials.${i}.title`]} onChange={(e) => edit(i, { title: e.currentTarget.value })} />
            <TextInput type="url" label={t('events.form.materialUrl', { n: i + 1 })} value={m.url} error={errors[`materials.${i}.url`]} onChange={(e) => edit(i, { url: e.currentTarget.value })} />
          </Group>
        ))}
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => onChange([...materials, { title: '', url: '' }])}>{t('events.form.addMaterial')}</Button>
          {materials.length > 0 && <Button variant="subtle" size="xs" onClick={() => onChange(materials.slice(0, -1))}>{t('events.form.removeMaterial')}</Button>}
        </Group>
      </Stack>
    </Fieldset>
  );
}
