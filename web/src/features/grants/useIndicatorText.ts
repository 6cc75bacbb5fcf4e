import { useTranslation } from 'react-i18next';
import { indicatorNameKey, indicatorUnitKey } from './indicators.rules';

/** An indicator's name and unit in the page's language when known, else as typed. */
export function useIndicatorText(): { name: (name: string) => string; unit: (unit: string) => string } {
  const { t } = useTranslation();
  return {
    name: (name) => {
      const key = indicatorNameKey(name);
      return key ? t(key, { defaultValue: name }) : name;
    },
    unit: (unit) => {
      const key = indicatorUnitKey(unit);
      return key ? t(key, { defaultValue: unit }) : unit;
    },
  };
}
