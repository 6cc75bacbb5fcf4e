import { Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuthoritySummary } from '../../../../shared/authorities';
import { useFormat } from '../../i18n/format';
import { useNames } from '../authorities/useNames';

interface Props {
  items: AuthoritySummary[];
  onUnhide: (a: AuthoritySummary) => void;
}

/** The candidates an officer hid, each with "Show again". */
export function HiddenCandidates({ items, onUnhide }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useNames();
  const [opened, { toggle }] = useDisclosure(false);
  if (items.length === 0) return null;
  return (
    <section aria-label={t('partners.hidden.title')}>
      <Button variant="subtle" onClick={toggle} aria-expanded={opened} leftSection={<IconEye size={18} aria-hidden />}>
        {t('partners.hidden.toggle', { count: items.length })}
      </Button>
      <Collapse in={opened}>
        <Stack component="ul" gap="xs" p={0} mt="xs" style={{ listStyle: 'none' }}>
          {items.map((a) => (
            <Paper component="li" key={a.code} withBorder p="sm" radius="md">
              <Group justify="space-between" gap="sm">
                <Text fw={600}>{names.text(a)} <Text span c="dimmed" size="sm">· {fmt.country(a.country)}</Text></Text>
                <Button size="xs" variant="light" onClick={() => onUnhide(a)} aria-label={t('partners.hidden.unhideNamed', { name: names.text(a) })}>
                  {t('partners.hidden.unhide')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      </Collapse>
    </section>
  );
}
