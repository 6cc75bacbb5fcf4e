import type { TFunction } from 'i18next';
import type { FieldError } from '../../api/client';
import { problemParams } from '../grants/problems';
import { formatPercent } from '../grants/percent';
import { anchorOf, fieldLabel, type AnchorContext } from './fieldAnchors';

/** A problem of the application (live from the draft, or from a refused submission). */
export interface AppProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/** A problem as the panel shows it: the field in words, the message, and the id of the element to go to. */
export interface ShownProblem {
  key: string;
  label: string;
  message: string;
  anchor: string | null;
}

/** The problems a refused request names (a 400's fields with their rule codes). */
export function problemsOfError(fields: readonly FieldError[]): AppProblem[] {
  return fields.map((f) => ({ field: f.path, code: f.code ?? 'invalid', ...(f.params ? { params: f.params } : {}) }));
}

/** A problem's figures in words: money, Istanbul times, rates, authority names, types, countries, themes. */
function params(p: AppProblem, t: TFunction, locale: string, ctx: AnchorContext): Record<string, string> {
  const out = problemParams(p.params, t, locale);
  for (const [key, value] of Object.entries(p.params ?? {})) {
    if (key.endsWith('Bp') && typeof value === 'number') out[key] = formatPercent(value, locale);
  }
  const value = p.params?.value;
  if (typeof value === 'string') {
    if (p.code === 'lead_type_ineligible') out.value = t(`authorityTypes.${value}`, { defaultValue: value });
    else if (p.code === 'theme_not_in_call') out.value = t(`themes.${value}`, { defaultValue: value });
    else if (p.code.includes('country')) out.value = new Intl.DisplayNames([locale], { type: 'region' }).of(value) ?? value;
  }
  if (typeof p.params?.status === 'string') out.status = t(`grants.callStatus.${p.params.status}`, { defaultValue: p.params.status });
  const code = p.params?.code;
  if (typeof code === 'string') out.name = ctx.partners.find((x) => x.code === code)?.name ?? code;
  return out;
}

/** One problem in the UI language; the server's English wording is never shown. */
export function showProblem(p: AppProblem, t: TFunction, locale: string, ctx: AnchorContext): ShownProblem {
  const label = fieldLabel(p.field, ctx);
  const labelParams = { ...label.params };
  if (typeof labelParams.heading === 'string') labelParams.heading = t(`applications.headings.${labelParams.heading}`);
  return {
    key: `${p.field}|${p.code}`,
    label: t(`applications.fields.${label.key}`, labelParams),
    message: t(`applications.problems.${p.code}`, { ...params(p, t, locale, ctx), defaultValue: t('applications.problems.invalid') }),
    anchor: anchorOf(p.field, ctx),
  };
}

/** Move to the element a problem names: scroll it into view and focus it (or the first input inside it). */
export function goToField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView?.({ block: 'center' });
  const focusable = el.matches('input, textarea, select, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input, textarea, select, button, [tabindex]');
  (focusable ?? el).focus?.();
}
