import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** Translate zod issues into one message per top-level field, for form error props. */
export function zodFieldErrors(error: z.ZodError, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (out[field]) continue;
    out[field] = issueText(issue, field, t);
  }
  return out;
}

function issueText(issue: z.core.$ZodIssue, field: string, t: TFunction): string {
  switch (issue.code) {
    case 'too_small':
      return field === 'password'
        ? t('validation.passwordLength', { min: Number(issue.minimum) })
        : t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      return t(`validation.format.${field}`, { defaultValue: t('validation.invalid') });
    case 'invalid_union':
      return t(`validation.format.${field}`, { defaultValue: t('validation.invalid') });
    default:
      return t('validation.invalid');
  }
}

/** Validate with a shared schema; null when valid, else translated messages per field. */
export function validateWith<T>(schema: z.ZodType<T>, values: unknown, t: TFunction): Record<string, string> | null {
  const result = schema.safeParse(values);
  return result.success ? null : zodFieldErrors(result.error, t);
}
