import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { signInBody } from '../../../../shared/accounts';
import { ApiRequestError } from '../../api/client';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { validateWith } from '../../components/validation';
import { AuthCard } from './AuthCard';
import { safeNext } from './safeNext';

/** Email and password sign-in; wrong credentials and throttling get their own messages. */
export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [mailed, setMailed] = useState(false);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: (values) => validateWith(signInBody, values, t) ?? {},
  });

  const submit = async (values: { email: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      if ((await signIn(values.email, values.password)) === 'mailed') {
        setMailed(true);
        return;
      }
      // Without a page to return to, the user lands on their home: what waits for them.
      navigate(safeNext(search.get('next'), '/me'), { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const wrong = error instanceof ApiRequestError && error.status === 401;

  return (
    <AuthCard title={t('accounts.signIn.title')} intro={t('accounts.signIn.intro')}>
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack>
          {mailed && (
            <Alert color="blue" icon={<IconMailCheck />} title={t('accounts.signIn.mailedTitle')} role="status">{t('accounts.signIn.mailed')}</Alert>
          )}
          {wrong ? (
            <Text c="red.9" role="alert" fw={500}>{t('accounts.signIn.wrong')}</Text>
          ) : error ? (
            <ErrorAlert error={error} />
          ) : null}
          <TextInput label={t('accounts.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput label={t('accounts.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
          <Group justify="space-between">
            <Anchor component={Link} to="/forgot-password" size="sm">{t('accounts.signIn.forgot')}</Anchor>
          </Group>
          <Button type="submit" loading={busy} fullWidth>{t('accounts.signIn.submit')}</Button>
          <Text size="sm" ta="center">
            {t('accounts.signIn.noAccount')}{' '}
            <Anchor component={Link} to="/signup">{t('accounts.signIn.createAccount')}</Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
