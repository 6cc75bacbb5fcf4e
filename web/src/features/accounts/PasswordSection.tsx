import { Alert, Button, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordBody } from '../../../../shared/accounts';
import { changeMyPassword } from '../../api/accounts';
import { ApiRequestError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { validateWith } from '../../components/validation';
import { accountFieldErrors } from './passwordErrors';

/** Change one's password; the server signs out every other session, this one stays. */
export function PasswordSection({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: (v) => validateWith(changePasswordBody, v, t) ?? {},
  });
  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      await changeMyPassword(values);
      form.reset();
      setDone(true);
      onChanged();
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 400) form.setErrors(accountFieldErrors(err, t));
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="sm" maw={420}>
        <Title order={2} size="h3">{t('accounts.changePassword.title')}</Title>
        {error !== null && <ErrorAlert error={error} />}
        {done && <Alert color="teal" role="status">{t('accounts.changePassword.done')}</Alert>}
        <PasswordInput label={t('accounts.changePassword.current')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
        <PasswordInput label={t('accounts.newPassword')} description={t('accounts.passwordHint')} autoComplete="new-password" required {...form.getInputProps('newPassword')} />
        <Button type="submit" loading={busy} w="fit-content">{t('accounts.changePassword.submit')}</Button>
      </Stack>
    </form>
  );
}
