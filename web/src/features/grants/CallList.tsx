import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallSummary } from '../../api/grants';
import { CallStatusBadge } from './badges';
import { Countdown, IstanbulTime } from './IstanbulTime';
import { titleOf } from './labels';
import { useGrantFormat } from './useGrantFormat';

/** A programme's calls as a table: reference and title, state, deadline (Istanbul time), budget. */
export function CallList({ calls }: { calls: CallSummary[] }) {
  const { t, i18n } = useTranslation();
  const fmt = useGrantFormat();
  if (!calls.length) return <Text c="dimmed">{t('grants.programme.noCalls')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('grants.call.title')}</Table.Th>
            <Table.Th scope="col">{t('grants.call.status')}</Table.Th>
            <Table.Th scope="col">{t('grants.call.deadline')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('grants.call.budget')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calls.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/grants/calls/${c.id}`}>{titleOf(i18n.language, c)}</Anchor>
                <Text size="xs" c="dimmed">{c.reference}</Text>
              </Table.Th>
              <Table.Td><CallStatusBadge status={c.status} /></Table.Td>
              <Table.Td>
                <IstanbulTime iso={c.deadlineAt} />
                {c.open && <div><Countdown deadline={c.deadlineAt} /></div>}
              </Table.Td>
              <Table.Td ta="right">{fmt.money(c.budgetCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
