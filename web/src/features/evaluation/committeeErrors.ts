import type { TFunction } from 'i18next';

/** The field messages of a 400 for one form field, in the reader's language (the rule codes are translated). */
export function errorText(t: TFunction, fields: readonly { code?: string | undefined; params?: Record<string, string | number> | undefined }[]): string | undefined {
  if (!fields.length) return undefined;
  return fields.map((f) => t(`evaluation.errors.${f.code ?? 'invalid'}`, { ...(f.params ?? {}), defaultValue: t('evaluation.errors.invalid') })).join(' ');
}
