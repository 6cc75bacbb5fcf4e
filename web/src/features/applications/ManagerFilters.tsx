import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES } from '../../../../shared/grants';
import type { CallSummary } from '../../api/grants';

interface Props {
  calls: CallSummary[];
  call: string | null;
  status: string | null;
  onChange: (next: { call: string | null; status: string | null }) => void;
}

/** The secretariat's filters over all applications: by call and by status. */
export function ManagerFilters({ calls, call, status, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" mb="md" role="search" aria-label={t('applications.list.filters')}>
      <Select label={t('applications.list.filterCall')} placeholder={t('applications.list.anyCall')} clearable w={280}
        data={calls.map((c) => ({ value: c.id, label: c.reference }))} value={call}
        onChange={(v) => onChange({ call: v, status })} clearButtonProps={{ 'aria-label': t('applications.list.clearCall') }} />
      <Select label={t('applications.list.filterStatus')} placeholder={t('applications.list.anyStatus')} clearable w={240}
        data={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`grants.applicationStatus.${s}`) }))} value={status}
        onChange={(v) => onChange({ call, status: v })} clearButtonProps={{ 'aria-label': t('applications.list.clearStatus') }} />
    </Group>
  );
}
