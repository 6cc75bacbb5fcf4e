import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';

/** 404 for unknown paths and unknown authority codes. */
export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <Text mb="lg">{message ?? t('notFound.body')}</Text>
      <Button component={Link} to="/">
        {t('notFound.home')}
      </Button>
    </Page>
  );
}
