import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getReviewList } from '../../api/library';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useLoad } from '../partners/useLoad';
import { inLang, mayReview } from './labels';

/** Managers: proposals waiting for a decision. Officers: their own proposals and what became of them. */
export default function ReviewPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { user } = useAuth();
  const list = useLoad(user ? (s) => getReviewList(s) : null, user?.id ?? '');
  const reviewer = mayReview(user);
  return (
    <Page title={t(reviewer ? 'library.review.title' : 'library.review.mine')} intro={t(reviewer ? 'library.review.intro' : 'library.review.mineIntro')}>
      {!user && <Text>{t('library.review.signIn')}</Text>}
      {list.error !== null && <ErrorAlert error={list.error} />}
      {list.loading && <Loading />}
      {list.data?.items.length === 0 && <Text>{t('library.review.none')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('library.review.entry')}</Table.Th>
                <Table.Th scope="col">{t('library.propose.kind')}</Table.Th>
                <Table.Th scope="col">{t('library.review.status')}</Table.Th>
                <Table.Th scope="col">{t('library.review.proposedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td><Anchor component={Link} to={`/library/${r.id}`}>{inLang(i18n.language, r.titleTr, r.titleEn)}</Anchor></Table.Td>
                  <Table.Td>{t(`library.kinds.${r.kind}`)}</Table.Td>
                  <Table.Td><Badge variant="light" color={r.status === 'published' ? 'teal' : r.status === 'rejected' ? 'red' : 'yellow'}>{t(`library.status.${r.status}`)}</Badge></Table.Td>
                  <Table.Td>{fmt.date(r.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
