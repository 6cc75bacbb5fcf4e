import { Badge, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../components/notify';
import { updateMeBody, type SessionUser } from '../../../../shared/accounts';
import { updateMe } from '../../api/accounts';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrors } from '../../components/errors';
import { validateWith } from '../../components/validation';
import { setLang, type Lang } from '../../i18n';

/** Name and language of the signed-in user; the language also switches the interface. */
export function AccountDetails({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { setUser } = useAuth();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<{ name: string; locale: Lang }>({
    initialValues: { name: user.name, locale: user.locale },
    validate: (v) => validateWith(updateMeBody, v, t) ?? {},
  });

  const submit = async (values: { name: string; locale: Lang }) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await updateMe(values);
      setUser(saved);
      setLang(saved.locale);
      notify('teal', t('accounts.account.saved'));
    } catch (err) {
      setError(err);
      form.setErrors(fieldErrors(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="details-title">
      <Title order={2} size="h3" id="details-title" mb="sm">{t('accounts.account.details')}</Title>
      <Group gap="xs" mb="md">
        <Text>{user.email}</Text>
        <Badge variant="light">{t(`roles.${user.role}`)}</Badge>
      </Group>
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack>
          {error !== null && <ErrorAlert error={error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('accounts.name')} autoComplete="name" {...form.getInputProps('name')} />
            <Select label={t('accounts.language')} allowDeselect={false}
              data={[{ value: 'tr', label: t('nav.langName.tr') }, { value: 'en', label: t('nav.langName.en') }]}
              {...form.getInputProps('locale')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={busy}>{t('accounts.account.saveDetails')}</Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
