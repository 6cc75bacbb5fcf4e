import { Alert, Anchor, Loader } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/context';
import { AuthCard } from './AuthCard';

/** Opens a mailed sign-up or one-time sign-in link (?token=…): it signs in and goes to the account page. */
export function MailedLinkPage({ kind }: { kind: 'signup' | 'signin' }) {
  const { t } = useTranslation();
  const { openLink } = useAuth();
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token') ?? '';
  const [failed, setFailed] = useState(false);
  const opened = useRef(false);

  useEffect(() => {
    // A link works once: React's double effect in development must not spend it twice.
    if (opened.current) return;
    opened.current = true;
    openLink(kind, token).then(() => navigate('/me', { replace: true }), () => setFailed(true));
  }, [kind, token, openLink, navigate]);

  return (
    <AuthCard title={t(`accounts.link.${kind}Title`)}>
      {failed ? (
        <Alert color="red" title={t('accounts.link.badTitle')} role="alert">
          {t('accounts.link.bad')}{' '}
          <Anchor component={Link} to={kind === 'signup' ? '/signup' : '/signin'}>{t(kind === 'signup' ? 'accounts.link.again' : 'nav.signIn')}</Anchor>
        </Alert>
      ) : (
        <Loader aria-label={t('accounts.link.opening')} />
      )}
    </AuthCard>
  );
}
