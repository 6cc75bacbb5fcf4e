import type { TFunction } from 'i18next';
import type { CallValues, LocalProblem } from './callForm';

const REFERENCE = /^[A-Z0-9-/]{2,40}$/;

/** Inputs the editor checks before sending: the reference's form and every title that must not be empty. */
export function requiredErrors(v: CallValues, mode: 'new' | 'edit', t: TFunction): Record<string, string> {
  const out: Record<string, string> = {};
  const required = t('grants.editor.required');
  if (mode === 'new' && !REFERENCE.test(v.reference.trim())) out.reference = t('grants.editor.referenceHint');
  if (!v.titleEn.trim()) out.titleEn = required;
  if (!v.titleTr.trim()) out.titleTr = required;
  // The concept grid is sent (and checked) only for a two-stage call.
  const grids = v.rules.twoStage ? (['grid', 'conceptGrid'] as const) : (['grid'] as const);
  for (const g of grids) v.rules[g].sections.forEach((s, si) => {
    const at = `rules.${g}.sections.${si}`;
    if (!s.titleEn.trim()) out[`${at}.titleEn`] = required;
    if (!s.titleTr.trim()) out[`${at}.titleTr`] = required;
    s.criteria.forEach((c, ci) => {
      if (!c.titleEn.trim()) out[`${at}.criteria.${ci}.titleEn`] = required;
      if (!c.titleTr.trim()) out[`${at}.criteria.${ci}.titleTr`] = required;
    });
  });
  for (const list of ['themes', 'leadTypes', 'leadCountries', 'partnerCountries'] as const)
    if (!v.rules[list].length) out[`rules.${list}`] = t('grants.editor.pickOne');
  return out;
}

/** Translated messages for values that did not convert (money, percent, dates, whole numbers). */
export function localErrors(problems: Record<string, LocalProblem>, t: TFunction): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([path, code]) => [path, t(`grants.editor.local.${code}`)]));
}
