import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { resultsExportHref } from '../../api/participation';

/** The results as CSV and XLSX files, in the reader's language (the same balanced figures, no identity). */
export function ResultsExport({ consultationId }: { consultationId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('tr') ? 'tr' : 'en';
  return (
    <Group gap="xs">
      <Button component="a" href={resultsExportHref(consultationId, 'csv', lang)} download variant="default" size="sm" leftSection={<IconFileTypeCsv size={18} aria-hidden />}>
        {t('participation.charts.exportCsv')}
      </Button>
      <Button component="a" href={resultsExportHref(consultationId, 'xlsx', lang)} download variant="default" size="sm" leftSection={<IconFileSpreadsheet size={18} aria-hidden />}>
        {t('participation.charts.exportXlsx')}
      </Button>
    </Group>
  );
}
