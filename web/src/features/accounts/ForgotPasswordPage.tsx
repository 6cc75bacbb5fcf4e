import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { resetRequestBody } from '../../../../shared/accounts';
import { requestPasswordReset } from '../../api/accounts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { validateWith } from '../../components/validation';
import { AuthCard } from './AuthCard';

/** Ask for a reset link; the answer never tells whether the email has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({ initialValues: { email: '' }, validate: (v) => validateWith(resetRequestBody, v, t) ?? {} });

  const submit = async ({ email }: { email: string }) => {
    setBusy(true);
    setError(null);
    try {
      await requestPasswordReset(email);
      setSent(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('accounts.forgot.title')} intro={t('accounts.forgot.intro')}>
      {sent ? (
        <Alert color="teal" icon={<IconMailCheck />} title={t('accounts.forgot.sentTitle')} role="status">
          {t('accounts.forgot.sent')}
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
          <Stack>
            {error !== null && <ErrorAlert error={error} />}
            <TextInput label={t('accounts.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <Button type="submit" loading={busy} fullWidth>{t('accounts.forgot.submit')}</Button>
          </Stack>
        </form>
      )}
      <Text size="sm" ta="center" mt="md">
        <Anchor component={Link} to="/signin">{t('accounts.backToSignIn')}</Anchor>
      </Text>
    </AuthCard>
  );
}
