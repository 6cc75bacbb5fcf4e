import { Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { IconArrowsLeftRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Twinning } from '../../api/twinnings';
import { PartnerName, usePartnerCountry } from './PartnerName';

/** The two sides side by side: name (linked to its profile when in the directory) and country. */
export function TwinningSides({ twinning: tw }: { twinning: Twinning }) {
  const { t } = useTranslation();
  const country = usePartnerCountry();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('twinnings.page.sides')}>
      {(['a', 'b'] as const).map((s) => (
        <Paper component="li" key={s} withBorder radius="md" p="md">
          <Group gap="xs" wrap="nowrap">
            {s === 'b' && <IconArrowsLeftRight size={18} aria-hidden style={{ flexShrink: 0 }} />}
            <div>
              <PartnerName partner={tw[s]} fw={700} />
              <Text size="sm" c="dimmed">{country(tw[s])}{!tw[s].code && ` · ${t('twinnings.external')}`}</Text>
            </div>
          </Group>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
