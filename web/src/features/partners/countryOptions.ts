import { COUNTRIES } from '../../../../shared/countries';
import type { Formatter } from '../../i18n/format';

/** Every country of the platform by its name in the UI language, sorted by that name. */
export function countryOptions(fmt: Formatter) {
  return COUNTRIES.map((code) => ({ value: code, label: fmt.country(code) })).sort((a, b) => a.label.localeCompare(b.label, fmt.locale));
}
