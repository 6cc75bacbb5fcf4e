import { Button, Group, List, PasswordInput, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { deleteMyAccount } from '../../api/accounts';
import { ApiRequestError } from '../../api/client';
import { downloadFile, saveFile, type DownloadProgress } from '../../api/downloads';
import { useAuth } from '../../auth/context';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';

/** The data subject's rights in self-service: download one's data, close one's account. */
export function PrivacySection() {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const [closing, setClosing] = useState(false);

  const download = async () => {
    setError(null);
    try {
      saveFile(await downloadFile('/auth/me/data', 'twinbridge-my-data.json', setProgress));
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  };

  return (
    <section aria-labelledby="privacy-title">
      <Title order={2} size="h3" id="privacy-title" mb="xs">{t('legal.selfService.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('legal.selfService.intro')} <Link to="/privacy">{t('legal.selfService.notice')}</Link>
      </Text>
      <Stack gap="sm">
        {error !== null && <ErrorAlert error={error} />}
        {progress && (
          <Progress value={progress.total ? (100 * progress.received) / progress.total : 100} animated={!progress.total}
            aria-label={t('legal.selfService.downloading')} />
        )}
        <Group>
          <Button variant="light" onClick={() => void download()} loading={progress !== null}>{t('legal.selfService.download')}</Button>
          <Button variant="outline" color="red.9" onClick={() => setClosing(true)}>{t('legal.selfService.close')}</Button>
        </Group>
      </Stack>
      <AppModal opened={closing} onClose={() => setClosing(false)} title={t('legal.selfService.closeTitle')}>
        <CloseAccountForm onCancel={() => setClosing(false)} />
      </AppModal>
    </section>
  );
}

/** Asks for the password once more, says what goes and what stays, then closes the account. */
function CloseAccountForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!password) return setFieldError(t('legal.selfService.passwordRequired'));
    setBusy(true);
    setError(null);
    setFieldError(null);
    try {
      await deleteMyAccount(password);
      await refresh();
      notify('teal', t('legal.selfService.closed'));
      void navigate('/');
    } catch (err) {
      const wrong = err instanceof ApiRequestError && err.fields.some((f) => f.code === 'wrong_password');
      if (wrong) setFieldError(t('legal.selfService.wrongPassword'));
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
      <Stack>
        <Text>{t('legal.selfService.closeGoes')}</Text>
        <List size="sm">
          <List.Item>{t('legal.selfService.goes.identity')}</List.Item>
          <List.Item>{t('legal.selfService.goes.sessions')}</List.Item>
          <List.Item>{t('legal.selfService.goes.officer')}</List.Item>
        </List>
        <Text size="sm">{t('legal.selfService.closeStays')}</Text>
        {error !== null && <ErrorAlert error={error} />}
        <PasswordInput label={t('accounts.password')} autoComplete="current-password" value={password} required
          onChange={(e) => setPassword(e.currentTarget.value)} error={fieldError} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="submit" color="red.9" loading={busy}>{t('legal.selfService.confirmClose')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
