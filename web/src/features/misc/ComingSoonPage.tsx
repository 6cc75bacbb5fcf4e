import { Button, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconBuildingBridge2, IconCoin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';

/** Partner matching and the grant scheme: what they will do, and where to go meanwhile. */
export function ComingSoonPage({ area }: { area: 'partners' | 'grants' }) {
  const { t } = useTranslation();
  const Icon = area === 'partners' ? IconBuildingBridge2 : IconCoin;
  return (
    <Page title={t(`comingSoon.${area}.title`)} intro={t(`comingSoon.${area}.intro`)}>
      <Paper withBorder p="xl" radius="lg" maw={720}>
        <Group wrap="nowrap" align="flex-start">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <Icon size={28} />
          </ThemeIcon>
          <div>
            <Text fw={700}>{t('comingSoon.badge')}</Text>
            <Text mt={4}>{t(`comingSoon.${area}.body`)}</Text>
            <Group mt="md">
              <Button component={Link} to="/authorities">
                {t('comingSoon.browseDirectory')}
              </Button>
              <Button component={Link} to="/account" variant="default">
                {t('comingSoon.becomeOfficer')}
              </Button>
            </Group>
          </div>
        </Group>
      </Paper>
    </Page>
  );
}
