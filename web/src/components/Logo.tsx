import { useTranslation } from 'react-i18next';
import classes from './AppLayout.module.css';

/** The TwinBridge mark (a bridge joining a red and a gold point) and word. */
export function Logo() {
  const { t } = useTranslation();
  return (
    <>
      <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="#ffffff" fillOpacity="0.15" />
        <path d="M5 21c4-8 18-8 22 0" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
        <path d="M9 21v-4M16 21v-6M23 21v-4" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
        <circle cx="8" cy="10" r="2.5" fill="#ff6b6b" />
        <circle cx="24" cy="10" r="2.5" fill="#ffd43b" />
      </svg>
      <span className={classes.logoText}>{t('app.name')}</span>
    </>
  );
}
