import { formatPercent } from './percent';
import type { TFunction } from 'i18next';
import type { ApiRequestError, FieldError } from '../../api/client';
import { errorText } from '../../components/errors';
import { formatIstanbul } from '../../../../shared/istanbul';
import { formatCents } from './money';

/** Rules fields that are lists: a problem with one entry ('rules.themes.3') belongs to the list's input. */
const LIST_FIELDS = new Set(['themes', 'leadTypes', 'leadCountries', 'partnerCountries', 'partnerTypes', 'tieBreaks', 'excludedAuthorities']);

/** The form field a server path belongs to ('rules.themes.3' → 'rules.themes'). */
export function formPath(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'rules' && parts[1] && LIST_FIELDS.has(parts[1])) return `rules.${parts[1]}`;
  return path;
}

/** A problem's figures in words: cents as money, instants in Istanbul time, numbers as numbers. */
export function problemParams(params: FieldError['params'], t: TFunction, locale: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (key.endsWith('Cents') && typeof value === 'number') out[key] = formatCents(value, locale);
    else if (key.endsWith('Bp') && typeof value === 'number') out[key] = formatPercent(value, locale);
    else if (key.endsWith('At') && typeof value === 'string') out[key] = t('grants.time.istanbul', { when: formatIstanbul(value, locale) });
    else if (typeof value === 'number') out[key] = new Intl.NumberFormat(locale).format(value);
    else out[key] = value;
  }
  return out;
}

/** A translated message for one server field problem; the server's English wording is never shown. */
export function problemText(f: FieldError, t: TFunction, locale: string): string {
  if (!f.code) return t('grants.problems.invalid');
  return t(`grants.problems.${f.code}`, { ...problemParams(f.params, t, locale), defaultValue: t('grants.problems.invalid') });
}

/** Form errors by form path from a 400's fields (the first problem of each field). */
export function formErrors(fields: readonly FieldError[], t: TFunction, locale: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) out[formPath(f.path)] ??= problemText(f, t, locale);
  return out;
}

/** A translated label for a field path, for the summary of problems above the form. */
export function fieldLabel(path: string, t: TFunction): string {
  const parts = formPath(path).split('.');
  if (parts[0] === 'rules') parts.shift();
  // The concept grid's fields read as the full grid's, named as the concept grid's.
  if (parts[0] === 'conceptGrid' && parts.length > 1) return t('grants.editor.concept.path', { label: fieldLabel(['grid', ...parts.slice(1)].join('.'), t) });
  const [head, si, mid, ci, last] = parts;
  if (head === 'grid' && si === 'overallThreshold') return t('grants.editor.overallThreshold');
  if (head === 'grid' && si === 'sections' && mid !== undefined) {
    const section = Number(mid) + 1;
    if (ci === 'criteria' && last !== undefined) {
      const field = parts[5] ?? 'titleEn';
      return t('grants.editor.criterionPath', { section, criterion: Number(last) + 1, field: t(`grants.editor.fields.${field}`, { defaultValue: field }) });
    }
    return t('grants.editor.sectionPath', { section, field: t(`grants.editor.fields.${ci ?? 'titleEn'}`, { defaultValue: ci ?? '' }) });
  }
  return t(`grants.editor.fields.${head ?? path}`, { defaultValue: path });
}

/** Field paths named by a 409 after publication ("… applicants rely on rules.a, b; …"), or none. */
export function lockedFields(message: string): string[] {
  const m = /rely on (.+?);/.exec(message);
  return m ? m[1]!.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

/**
 * A 409 of the call editor as form errors: the conflict's sentence (conflicts.*.json) at each input it
 * is about, so the manager sees it where the change was made. Reasons about no one input give none.
 */
export function conflictErrors(err: ApiRequestError, t: TFunction): Record<string, string> {
  if (err.status !== 409 || !err.reason) return {};
  const text = errorText(err, t);
  const rulesPath = (p: string) => formPath(p.startsWith('rules.') ? p : `rules.${p}`);
  const paths = err.reason === 'call_reference_taken' ? ['reference']
    : err.reason === 'call_published_title' ? ['titleEn', 'titleTr']
    : err.reason === 'call_published_locked' ? lockedFields(err.message).map(rulesPath)
    : [];
  return Object.fromEntries(paths.map((p) => [p, text]));
}
