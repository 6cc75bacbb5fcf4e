import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './ErrorAlert.module.css';
import { errorText } from './errors';

interface Props {
  error: unknown;
  title?: string;
  /** Translated field problems to list (label and message); server wording is never shown raw. */
  fields?: { label: string; message: string }[];
}

/** An API error as an alert: a translated summary, plus the field problems when given. */
export function ErrorAlert({ error, title, fields = [] }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={title ?? t('errors.title')} icon={<IconAlertTriangle />} role="alert">
      {errorText(error, t)}
      {fields.length > 0 && (
        <ul className={classes.fields}>
          {fields.map((f) => (
            <li key={f.label}>
              <strong>{f.label}</strong>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
