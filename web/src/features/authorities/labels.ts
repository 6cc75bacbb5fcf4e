import type { TFunction } from 'i18next';
import { AUTHORITY_TYPES, type AuthorityType } from '../../../../shared/authorityTypes';
import { THEMES, type Theme } from '../../../../shared/themes';

/** Translated name of an authority type. */
export function typeLabel(t: TFunction, type: AuthorityType): string {
  return t(`authorityTypes.${type}`);
}

/** Translated name of a theme of cooperation. */
export function themeLabel(t: TFunction, theme: Theme): string {
  return t(`themes.${theme}`);
}

/** Type options for selects, optionally with counts. */
export function typeOptions(t: TFunction, counts?: Record<string, number>, num?: (n: number) => string) {
  return AUTHORITY_TYPES.filter((type) => !counts || (counts[type] ?? 0) > 0).map((type) => ({
    value: type,
    label: counts && num ? `${typeLabel(t, type)} (${num(counts[type] ?? 0)})` : typeLabel(t, type),
  }));
}

/** Theme options for multiselects. */
export function themeOptions(t: TFunction) {
  return THEMES.map((theme) => ({ value: theme, label: themeLabel(t, theme) }));
}

/** A translated text for a coordinate source, or the raw value when unknown. */
export function coordSourceLabel(t: TFunction, source: string): string {
  return t(`coordSource.${source}`, { defaultValue: source.replace(/_/g, ' ') });
}
