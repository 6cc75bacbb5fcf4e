import { Button, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, saveFile, type DownloadProgress } from '../../api/downloads';
import { isAbort } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { sizeParts } from '../partners/fileReading';
import { useGrantFormat } from './useGrantFormat';

export const EXPORT_TABLES = ['applications', 'scores', 'ranking', 'payments'] as const;
const FORMATS = ['csv', 'xlsx'] as const;
type Table = (typeof EXPORT_TABLES)[number];
type Format = (typeof FORMATS)[number];

/** Percent of a download, or null while its length is unknown. */
export function downloadPercent(p: DownloadProgress): number | null {
  return p.total ? Math.min(100, Math.floor((p.received * 100) / p.total)) : null;
}

/** A call's tables for the secretariat (applications, scores, ranking, payments) as CSV or XLSX, with progress. */
export function CallExports({ callId, reference }: { callId: string; reference: string }) {
  const { t } = useTranslation();
  const fmt = useGrantFormat();
  const [busy, setBusy] = useState<{ table: Table; format: Format; progress: DownloadProgress } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const ctrl = useRef<AbortController | null>(null);
  const size = (bytes: number) => {
    const p = sizeParts(bytes);
    return t(`partners.files.size.${p.unit}`, { value: fmt.num(p.value) });
  };

  const start = async (table: Table, format: Format) => {
    ctrl.current = new AbortController();
    setError(null);
    setBusy({ table, format, progress: { received: 0, total: null } });
    try {
      const file = await downloadFile(`/calls/${encodeURIComponent(callId)}/exports/${table}.${format}`, `${reference}-${table}.${format}`,
        (progress) => setBusy({ table, format, progress }), ctrl.current.signal);
      saveFile(file);
    } catch (err) {
      if (!isAbort(err)) setError(err);
    } finally {
      setBusy(null);
    }
  };

  const percent = busy ? downloadPercent(busy.progress) : null;
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={360}>
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {EXPORT_TABLES.map((table) => (
              <Table.Tr key={table}>
                <Table.Th scope="row" fw={500}>{t(`grants.exports.${table}`)}</Table.Th>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    {FORMATS.map((format) => (
                      <Button key={format} size="xs" variant="default" disabled={busy !== null} loading={busy?.table === table && busy.format === format}
                        aria-label={t('grants.exports.download', { table: t(`grants.exports.${table}`), format: format.toUpperCase() })}
                        leftSection={format === 'csv' ? <IconFileTypeCsv size={16} aria-hidden /> : <IconFileSpreadsheet size={16} aria-hidden />}
                        onClick={() => void start(table, format)}>
                        {format.toUpperCase()}
                      </Button>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {busy && (
        <Paper withBorder p="sm" radius="md" role="status" aria-live="polite">
          <Stack gap={6}>
            <Text size="sm">
              {busy.progress.total
                ? t('grants.exports.progress', { file: `${t(`grants.exports.${busy.table}`)} (${busy.format.toUpperCase()})`, received: size(busy.progress.received), total: size(busy.progress.total), percent: fmt.num(percent) })
                : t('grants.exports.progressUnknown', { file: `${t(`grants.exports.${busy.table}`)} (${busy.format.toUpperCase()})`, received: size(busy.progress.received) })}
            </Text>
            <Progress value={percent ?? 100} animated={percent === null} aria-hidden />
            <Group><Button size="xs" variant="subtle" onClick={() => ctrl.current?.abort()}>{t('common.cancel')}</Button></Group>
          </Stack>
        </Paper>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </Stack>
  );
}
