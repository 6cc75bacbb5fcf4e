import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Set the document title to "<title> · TwinBridge". */
export function usePageTitle(title: string | null): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
