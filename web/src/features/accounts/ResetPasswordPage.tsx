import { Alert, Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { resetConfirmBody } from '../../../../shared/accounts';
import { confirmPasswordReset } from '../../api/accounts';
import { ApiRequestError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { validateWith } from '../../components/validation';
import { AuthCard } from './AuthCard';
import { accountFieldErrors } from './passwordErrors';

/** Set a new password with the token from the reset email (?token=...). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { password: '' },
    validate: (v) => validateWith(resetConfirmBody.pick({ password: true }), v, t) ?? {},
  });
  const badToken =
    token.length < 20 ||
    (error instanceof ApiRequestError && error.status === 400 && error.fields.some((f) => f.path.endsWith('token')));

  const submit = async ({ password }: { password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await confirmPasswordReset(token, password);
      setDone(true);
    } catch (err) {
      setError(err);
      if (err instanceof ApiRequestError && err.status === 400) form.setErrors(accountFieldErrors(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('accounts.reset.title')}>
      {done ? (
        <Alert color="teal" icon={<IconCircleCheck />} title={t('accounts.reset.doneTitle')} role="status">
          {t('accounts.reset.done')}{' '}
          <Anchor component={Link} to="/signin">{t('nav.signIn')}</Anchor>
        </Alert>
      ) : badToken ? (
        <Alert color="red" title={t('accounts.reset.badTokenTitle')} role="alert">
          {t('accounts.reset.badToken')}{' '}
          <Anchor component={Link} to="/forgot-password">{t('accounts.reset.requestNew')}</Anchor>
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
          <Stack>
            {error !== null && <ErrorAlert error={error} />}
            <PasswordInput label={t('accounts.newPassword')} description={t('accounts.passwordHint')} autoComplete="new-password"
              required {...form.getInputProps('password')} />
            <Button type="submit" loading={busy} fullWidth>{t('accounts.reset.submit')}</Button>
          </Stack>
        </form>
      )}
      {!done && (
        <Text size="sm" ta="center" mt="md">
          <Anchor component={Link} to="/signin">{t('accounts.backToSignIn')}</Anchor>
        </Text>
      )}
    </AuthCard>
  );
}
