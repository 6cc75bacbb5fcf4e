import { Anchor, Button, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { signUpBody } from '../../../../shared/accounts';
import { ApiRequestError } from '../../api/client';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fieldErrors } from '../../components/errors';
import { validateWith } from '../../components/validation';
import { currentLang, type Lang } from '../../i18n';
import { AuthCard } from './AuthCard';

interface Values {
  name: string;
  email: string;
  password: string;
  locale: Lang;
}

/** Create an account (a citizen account; acting for an authority is requested afterwards). */
export function SignUpPage() {
  const { t } = useTranslation();
  const { signUp } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: { name: '', email: '', password: '', locale: currentLang() },
    validate: (values) => validateWith(signUpBody, values, t) ?? {},
  });

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await signUp(values);
      navigate('/account', { replace: true });
    } catch (err) {
      setError(err);
      if (err instanceof ApiRequestError && err.status === 409) form.setFieldError('email', t('accounts.signUp.emailTaken'));
      else if (err instanceof ApiRequestError && err.status === 400) form.setErrors(fieldErrors(err));
    } finally {
      setBusy(false);
    }
  };
  const taken = error instanceof ApiRequestError && error.status === 409;

  return (
    <AuthCard title={t('accounts.signUp.title')} intro={t('accounts.signUp.intro')}>
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack>
          {error !== null && !taken && <ErrorAlert error={error} />}
          <TextInput label={t('accounts.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput label={t('accounts.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput label={t('accounts.password')} description={t('accounts.passwordHint')} autoComplete="new-password" required
            {...form.getInputProps('password')} />
          <Select label={t('accounts.language')} allowDeselect={false}
            data={[{ value: 'tr', label: t('nav.langName.tr') }, { value: 'en', label: t('nav.langName.en') }]} {...form.getInputProps('locale')} />
          <Button type="submit" loading={busy} fullWidth>{t('accounts.signUp.submit')}</Button>
          <Text size="sm" ta="center">
            {t('accounts.signUp.haveAccount')}{' '}
            <Anchor component={Link} to="/signin">{t('nav.signIn')}</Anchor>
          </Text>
        </Stack>
      </form>
    </AuthCard>
  );
}
