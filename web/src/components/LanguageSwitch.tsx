import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/context';
import { updateMe } from '../api/accounts';
import classes from './AppLayout.module.css';
import { LANGS, currentLang, setLang, type Lang } from '../i18n';

/** TR/EN switch: remembered on this device and, when signed in, saved as the account's language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { user, setUser } = useAuth();
  const active = currentLang();

  const choose = (lang: Lang) => {
    setLang(lang);
    if (user && user.locale !== lang) {
      updateMe({ locale: lang }).then(setUser, () => undefined);
    }
  };

  return (
    <Group gap={4} role="group" aria-label={t('nav.language')} wrap="nowrap">
      {LANGS.map((lang) => (
        <Button
          key={lang}
          size="compact-sm"
          variant={lang === active ? 'white' : 'transparent'}
          c={lang === active ? 'bridge.8' : 'white'}
          className={classes.langButton}
          aria-pressed={lang === active}
          aria-label={`${lang.toUpperCase()} – ${t(`nav.langName.${lang}`)}`}
          lang={lang}
          onClick={() => choose(lang)}
        >
          {lang.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
