import { Alert, Anchor, Button, Checkbox, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { IconMailCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { signUpBody } from '../../../../shared/accounts';
import { ApiRequestError } from '../../api/client';
import { useAuth } from '../../auth/context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { validateWith } from '../../components/validation';
import { currentLang, type Lang } from '../../i18n';
import { AuthCard } from './AuthCard';
import { accountFieldErrors } from './passwordErrors';

interface Values {
  name: string;
  email: string;
  password: string;
  locale: Lang;
  acceptTerms: boolean;
  acceptPrivacy: boolean;
}

const CONSENTS = ['acceptTerms', 'acceptPrivacy'] as const;

/** Create an account (a citizen account; acting for an authority is requested afterwards), with consent to the terms and the privacy notice. */
export function SignUpPage() {
  const { t } = useTranslation();
  const { signUp } = useAuth();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [mailedTo, setMailedTo] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: '', email: '', password: '', locale: currentLang(), acceptTerms: false, acceptPrivacy: false },
    validate: (values) => {
      const errors = validateWith(signUpBody, values, t) ?? {};
      // An unticked box gets its own sentence rather than a generic "invalid".
      for (const c of CONSENTS) if (errors[c]) errors[c] = t('accounts.signUp.consentRequired');
      return errors;
    },
  });

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      // The form validated both boxes as ticked.
      await signUp({ ...values, acceptTerms: true, acceptPrivacy: true });
      setMailedTo(values.email);
    } catch (err) {
      setError(err);
      if (err instanceof ApiRequestError && err.status === 400) form.setErrors(accountFieldErrors(err, t));
    } finally {
      setBusy(false);
    }
  };
  const consentLink = (to: string) => <Anchor component={Link} to={to} target="_blank" rel="noopener" />;

  if (mailedTo) {
    return (
      <AuthCard title={t('accounts.signUp.title')}>
        <Alert color="teal" icon={<IconMailCheck />} title={t('accounts.signUp.mailedTitle')} role="status">
          {t('accounts.signUp.mailed', { email: mailedTo })}
        </Alert>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('accounts.signUp.title')} intro={t('accounts.signUp.intro')}>
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <Stack>
          {error !== null && <ErrorAlert error={error} />}
          <TextInput label={t('accounts.name')} autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput label={t('accounts.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput label={t('accounts.password')} description={t('accounts.passwordHint')} autoComplete="new-password" required
            {...form.getInputProps('password')} />
          <Select label={t('accounts.language')} allowDeselect={false}
            data={[{ value: 'tr', label: t('nav.langName.tr') }, { value: 'en', label: t('nav.langName.en') }]} {...form.getInputProps('locale')} />
          <Checkbox required {...form.getInputProps('acceptTerms', { type: 'checkbox' })}
            label={<Trans i18nKey="accounts.signUp.acceptTerms" components={{ doc: consentLink('/terms') }} />} />
          <Checkbox required {...form.getInputProps('acceptPrivacy', { type: 'checkbox' })}
            label={<Trans i18nKey="accounts.signUp.acceptPrivacy" components={{ doc: consentLink('/privacy') }} />} />
          <Text size="xs" c="dimmed">{t('accounts.signUp.consentNote')}</Text>
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
