import { Badge, Group, Pagination, Select, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../components/notify';
import { ROLES, type Role } from '../../../../shared/accounts';
import { changeCountry, changeRole, listUsers } from '../../api/accounts';
import { DebouncedTextInput } from '../../components/DebouncedTextInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText } from '../../components/errors';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/format';
import { countryOptions } from '../partners/countryOptions';
import { useLoader } from './useLoader';
import { AuthorityName } from '../accounts/AuthorityName';
import { UserAccountActions } from './UserAccountActions';

const PAGE = 50;

/** Users by name/email and role, with a role select on each row. */
export function UsersTab({ currentUserId }: { currentUserId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [page, setPage] = useState(1);
  const query = { q: q || undefined, role: role ?? undefined, offset: (page - 1) * PAGE };
  const { data, error, loading, reload } = useLoader(() => listUsers(query), JSON.stringify(query));
  const roles = ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  const countries = useMemo(() => countryOptions(fmt), [fmt]);

  // Assessors only: a call may exclude assessors from the applicants' countries.
  const recordCountry = async (id: string, name: string, next: string | null) => {
    try {
      await changeCountry(id, next);
      notify('teal', t(next ? 'admin.users.countryChanged' : 'admin.users.countryCleared', { name }));
    } catch (err) {
      notify('red', errorText(err, t), t('errors.title'));
    }
    reload();
  };

  const change = async (id: string, name: string, next: Role) => {
    try {
      await changeRole(id, next);
      notify('teal', t('admin.users.roleChanged', { name, role: t(`roles.${next}`) }));
    } catch (err) {
      notify('red', errorText(err, t), t('errors.title'));
    }
    reload();
  };

  return (
    <>
      <Group mb="md" align="flex-end">
        <DebouncedTextInput label={t('admin.users.search')} value={q} onCommit={(v) => { setQ(v.trim()); setPage(1); }} w={280} />
        <Select label={t('admin.users.roleFilter')} placeholder={t('admin.users.anyRole')} data={roles} value={role}
          onChange={(v) => { setRole(v as Role | null); setPage(1); }} clearable w={220} />
      </Group>
      {error !== null && <ErrorAlert error={error} />}
      {loading && !data ? <Loading /> : data && (
        <>
          <Text size="sm" mb="xs">{t('admin.users.count', { count: data.total, formatted: fmt.num(data.total) })}</Text>
          <Table.ScrollContainer minWidth={1100}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('accounts.name')}</Table.Th>
                  <Table.Th scope="col">{t('accounts.email')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.created')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.officerRequest')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.role')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.country')}</Table.Th>
                  <Table.Th scope="col">{t('admin.users.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>{u.name}{u.disabled && <Badge ml="xs" color="gray" variant="light">{t('admin.users.disabled')}</Badge>}</Table.Td>
                    <Table.Td>{u.email}</Table.Td>
                    <Table.Td>{fmt.date(u.createdAt)}</Table.Td>
                    <Table.Td>
                      {u.officerRequest ? (
                        <>
                          <AuthorityName code={u.officerRequest.authorityCode} />
                          {` · ${t(`accounts.officer.status.${u.officerRequest.status}`)}`}
                        </>
                      ) : '–'}
                    </Table.Td>
                    <Table.Td>
                      <Select aria-label={t('admin.users.roleOf', { name: u.name })} data={roles} value={u.role} allowDeselect={false}
                        size="xs" w={190} disabled={u.id === currentUserId} onChange={(v) => v && void change(u.id, u.name, v as Role)} />
                    </Table.Td>
                    <Table.Td>
                      {u.role === 'assessor' ? (
                        <Select aria-label={t('admin.users.countryOf', { name: u.name })} data={countries} value={u.country} clearable searchable
                          placeholder={t('admin.users.countryNone')} size="xs" w={190} onChange={(v) => void recordCountry(u.id, u.name, v)} />
                      ) : (u.country ? fmt.country(u.country) : '–')}
                    </Table.Td>
                    <Table.Td><UserAccountActions user={u} isSelf={u.id === currentUserId} onChanged={reload} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.total > PAGE && (
            <Group justify="center" mt="md">
              <Pagination total={Math.ceil(data.total / PAGE)} value={page} onChange={setPage}
                getItemProps={(p) => ({ 'aria-label': t('directory.page', { page: p }) })}
                getControlProps={(c) => ({ 'aria-label': t(`directory.pageControl.${c}`) })} />
            </Group>
          )}
        </>
      )}
    </>
  );
}
