import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { myAssessments } from '../../api/evaluation';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { titleOf } from '../grants/labels';
import { useLoad } from '../partners/useLoad';
import { AssignmentStatusBadge, FurtherBadge } from './badges';

/** An assessor's own assignments, with their state. */
export default function AssessmentsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const list = useLoad(user ? (s) => myAssessments(s) : null, user?.id ?? '');
  return (
    <Page title={t('evaluation.mine.title')} intro={t('evaluation.mine.intro')}>
      {!user && <Text>{t('evaluation.signInFirst')}</Text>}
      {list.error !== null && <ErrorAlert error={list.error} />}
      {list.loading && <Loading />}
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('evaluation.mine.none')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('evaluation.mine.reference')}</Table.Th>
                <Table.Th scope="col">{t('evaluation.mine.project')}</Table.Th>
                <Table.Th scope="col">{t('evaluation.mine.state')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('evaluation.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/grants/assessments/${a.id}`}>{a.reference}</Anchor>
                  </Table.Td>
                  <Table.Td>{titleOf(i18n.language, a)}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      <AssignmentStatusBadge status={a.status} />
                      {a.further && <FurtherBadge />}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{a.total ?? '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
