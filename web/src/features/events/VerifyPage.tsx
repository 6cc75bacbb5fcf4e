import { Alert, Anchor, Table } from '@mantine/core';
import { IconCircleCheck, IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { verifyCertificate } from '../../api/events';
import { ApiRequestError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormat } from '../../i18n/format';
import { useLoad } from '../partners/useLoad';
import { textOf } from '../participation/labels';
import { rangeIn } from './time';

/** The public page a certificate's code leads to: whether it is valid, and what it certifies. */
export default function VerifyPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const found = useLoad((s) => verifyCertificate(code, s), code);
  const c = found.data;
  const unknown = found.error instanceof ApiRequestError && found.error.status === 404;
  return (
    <Page title={t('events.verify.title')} intro={t('events.verify.intro', { code })}>
      {found.loading && <Loading />}
      {unknown && <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>{t('events.verify.unknown')}</Alert>}
      {found.error !== null && !unknown && <ErrorAlert error={found.error} />}
      {c && (
        <>
          <Alert color={c.valid ? 'teal' : 'orange'} variant="light" role="status" mb="md" icon={c.valid ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
            title={t(c.valid ? 'events.verify.valid' : 'events.verify.withdrawn')}>
            {t(c.valid ? 'events.verify.validHelp' : 'events.verify.withdrawnHelp')}
          </Alert>
          <Table variant="vertical" withTableBorder maw={640} aria-label={t('events.verify.details')}>
            <Table.Tbody>
              <Table.Tr><Table.Th scope="row">{t('events.verify.name')}</Table.Th><Table.Td>{c.name}</Table.Td></Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('events.verify.event')}</Table.Th>
                <Table.Td><Anchor component={Link} to={`/events/${c.eventId}`}>{textOf(i18n.language, c.eventTitle)}</Anchor></Table.Td>
              </Table.Tr>
              <Table.Tr><Table.Th scope="row">{t('events.facts.when')}</Table.Th><Table.Td>{rangeIn(c.startsAt, c.endsAt, c.timeZone, fmt.locale)}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th scope="row">{t('events.facts.hours')}</Table.Th><Table.Td>{fmt.num(c.hours, 1)}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th scope="row">{t('events.facts.organiser')}</Table.Th><Table.Td>{c.organiser}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th scope="row">{t('events.verify.code')}</Table.Th><Table.Td>{c.code}</Table.Td></Table.Tr>
            </Table.Tbody>
          </Table>
        </>
      )}
    </Page>
  );
}
