import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { getRequest } from '../../api/matching';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Comments } from '../comments/Comments';
import { RequestCard } from './RequestCard';
import { SectionHeader } from './SectionHeader';
import { useLoad } from './useLoad';

/** One partner request on a page of its own, with its comments. */
export function RequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const item = useLoad((s) => getRequest(id, s), id);
  return (
    <>
      <SectionHeader title={t('partners.tabs.requests')}
        actions={<Button component={Link} to="/partners/requests" variant="default" size="sm">{t('comments.requestPage.back')}</Button>} />
      {item.error !== null && <ErrorAlert error={item.error} />}
      {item.error === null && !item.data && <Loading />}
      {item.data && (
        <Stack gap="xl">
          <RequestCard request={item.data} as="article" />
          <Comments kind="request" id={item.data.id} />
        </Stack>
      )}
    </>
  );
}
