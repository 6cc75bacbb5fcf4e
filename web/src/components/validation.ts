import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** Field labels by field name, as the form shows them; a field without one is named from `validation.labels`. */
export type FieldLabels = Record<string, string>;

/** Translate zod issues into one message per top-level field, for form error props. */
export function zodFieldErrors(error: z.ZodError, t: TFunction, labels: FieldLabels = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (out[field]) continue;
    out[field] = issueText(issue, field, t, labels[field]);
  }
  return out;
}

/**
 * One issue as a sentence about its field, in the reader's language: a field's own sentence when the
 * dictionary has one (`validation.fields.<field>.<kind>`, e.g. "Choose at least one theme"), else a
 * general one that names the field ("Title must be at most 160 characters").
 */
export function issueText(issue: z.core.$ZodIssue, field: string, t: TFunction, label?: string): string {
  const kind = issueKind(issue);
  const values = { field: label ?? t(`validation.labels.${field}`, { defaultValue: t('validation.thisField') }), ...issueValues(issue) };
  if (field === 'password' && kind === 'minChars') return t('validation.passwordLength', values);
  // Addresses, phone numbers and coordinates have their own sentence that shows the expected form.
  if (kind === 'badFormat') return t(`validation.format.${field}`, { defaultValue: t('validation.badFormat', values) });
  return t(`validation.fields.${field}.${kind}`, { ...values, defaultValue: t(`validation.${kind}`, values) });
}

/** The dictionary key of what is wrong, from the zod issue code and what kind of value it is about. */
function issueKind(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return 'chooseAtLeast';
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'required' : 'minChars';
      // An exclusive bound (`.positive()`, `.gt(n)`) does not allow the bound itself.
      return issue.inclusive === false ? 'greaterThan' : 'atLeast';
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return 'chooseAtMost';
      if (issue.origin === 'string') return 'maxChars';
      return issue.inclusive === false ? 'lessThan' : 'atMost';
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return 'required';
      // zod says `int` only for an int schema given a number with decimals; any other field takes decimals.
      if (issue.expected === 'int') return 'notWholeNumber';
      return issue.expected === 'number' ? 'notNumber' : 'invalid';
    case 'invalid_value':
      return 'choose';
    case 'invalid_format':
    case 'invalid_union':
      return 'badFormat';
    case 'custom':
      // Cross-field rules name themselves in `params.code` (shared schemas), so the UI can say them.
      return typeof issue.params?.code === 'string' ? `custom.${issue.params.code}` : 'invalid';
    default:
      return 'invalid';
  }
}

function issueValues(issue: z.core.$ZodIssue): Record<string, number> {
  if (issue.code === 'too_small') return { min: Number(issue.minimum), count: Number(issue.minimum) };
  if (issue.code === 'too_big') return { max: Number(issue.maximum), count: Number(issue.maximum) };
  return {};
}

/** Validate with a shared schema; null when valid, else translated messages per field. */
export function validateWith<T>(schema: z.ZodType<T>, values: unknown, t: TFunction, labels?: FieldLabels): Record<string, string> | null {
  // reportInput: the issue keeps the value, so an empty field ("required") is told from a wrong one ("a number").
  const result = schema.safeParse(values, { reportInput: true });
  return result.success ? null : zodFieldErrors(result.error, t, labels);
}
