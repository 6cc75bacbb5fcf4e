import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeSummary } from '../../api/grants';
import { DemoBadge } from './badges';
import { HeadlineFigures } from './HeadlineFigures';
import { pick, titleOf } from './labels';
import { LedgerBar } from './LedgerBar';

/** A programme on the grants page: title, code, demo mark, description, headline figures and budget bar. */
export function ProgrammeCard({ programme }: { programme: ProgrammeSummary }) {
  const { t, i18n } = useTranslation();
  const title = titleOf(i18n.language, programme);
  const description = pick(i18n.language, programme.descriptionEn, programme.descriptionTr);
  return (
    <Paper component="article" withBorder radius="lg" p="lg" aria-labelledby={`programme-${programme.id}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={3} size="h4" id={`programme-${programme.id}`}>
              <Anchor component={Link} to={`/grants/programmes/${programme.id}`} underline="hover">{title}</Anchor>
            </Title>
            <Text size="sm" c="dimmed">{t('grants.programme.code', { code: programme.code })}</Text>
          </div>
          {programme.demo && <DemoBadge />}
        </Group>
        {description && <Text size="sm" lineClamp={3}>{description}</Text>}
        <HeadlineFigures figures={programme.figures} />
        <LedgerBar ledger={programme.ledger} />
      </Stack>
    </Paper>
  );
}
