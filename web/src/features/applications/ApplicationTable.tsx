import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationSummary } from '../../api/applications';
import { useFormat } from '../../i18n/format';
import { formatIstanbul } from '../../../../shared/istanbul';
import { titleOf } from '../grants/labels';
import { checkable } from './adminCheck';
import { ApplicationStatusBadge } from './badges';
import { PartnerRowAnswer } from './PartnerRowAnswer';

interface Props {
  items: ApplicationSummary[];
  caption: string;
  /** Managers see every application: the column for the viewer's role gives way to the lead's country. */
  manager?: boolean;
}

/** Applications as a table: reference, title, call, lead, role or check link, status. */
export function ApplicationTable({ items, caption, manager = false }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const title = (a: ApplicationSummary) => titleOf(i18n.language, a).trim() || t('applications.untitled');
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover captionSide="top" verticalSpacing="sm">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('applications.list.reference')}</Table.Th>
            <Table.Th scope="col">{t('applications.list.titleCol')}</Table.Th>
            <Table.Th scope="col">{t('applications.list.lead')}</Table.Th>
            <Table.Th scope="col">{t('applications.list.status')}</Table.Th>
            <Table.Th scope="col">{manager ? t('applications.list.submitted') : t('applications.list.role')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/grants/applications/${a.id}`} underline="hover">{a.reference}</Anchor>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{title(a)}</Text>
                <Text size="xs" c="dimmed">{t('applications.list.call', { reference: a.callReference })}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{a.lead.name}</Text>
                <Text size="xs" c="dimmed">{fmt.country(a.lead.country)}</Text>
              </Table.Td>
              <Table.Td><ApplicationStatusBadge status={a.status} /></Table.Td>
              <Table.Td>
                {manager && <Text size="sm">{a.submittedAt ? formatIstanbul(a.submittedAt, fmt.locale) : '–'}</Text>}
                {manager && checkable(a.status) && (
                  <Anchor component={Link} to={`/grants/applications/${a.id}/check`} size="sm" aria-label={t('applications.check.linkNamed', { reference: a.reference })}>
                    {t('applications.check.link')}
                  </Anchor>
                )}
                {!manager && a.viewerRole === 'lead' && <Text size="sm">{t('applications.role.lead')}</Text>}
                {!manager && a.viewerRole === 'partner' && (
                  <>
                    <Text size="sm" mb={4}>{t('applications.role.partner')}</Text>
                    <PartnerRowAnswer app={a} />
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
