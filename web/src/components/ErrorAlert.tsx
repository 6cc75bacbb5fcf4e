import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/client';
import { errorText } from './errors';

/** An API error as an alert: translated summary plus the server's field messages, if any. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const fields = error instanceof ApiRequestError ? error.fields : [];
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} icon={<IconAlertTriangle />} role="alert">
      {errorText(error, t)}
      {fields.length > 0 && (
        <List size="sm" mt="xs">
          {fields.map((f) => (
            <List.Item key={f.path}>
              <strong>{f.path}</strong>: {f.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
