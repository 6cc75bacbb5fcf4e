import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StakeholderGroup } from '../../../../shared/participation';
import { useFormat } from '../../i18n/format';
import type { GroupInfo } from './groupFigures';

/** The first header cells of every per-group table: the group, its respondents, whether it is weighed. */
export function GroupHeadCells() {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th scope="col">{t('participation.group')}</Table.Th>
      <Table.Th scope="col">{t('participation.charts.respondentsColumn')}</Table.Th>
      <Table.Th scope="col">{t('participation.charts.weighing')}</Table.Th>
    </>
  );
}

/** The first cells of a group's row, under GroupHeadCells. */
export function GroupRowCells({ group, info }: { group: StakeholderGroup; info: GroupInfo }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <Table.Th scope="row">{t(`participation.groups.${group}`)}</Table.Th>
      <Table.Td>{fmt.num(info.respondents)}</Table.Td>
      <Table.Td>{t(info.weighed ? 'participation.charts.weighed' : 'participation.charts.tooFew')}</Table.Td>
    </>
  );
}
