import type { TFunction } from 'i18next';
import type { Problem } from '../../../../shared/problems';
import type { ResponseInput } from '../../../../shared/participation';

/**
 * Where each problem of `responseProblems` shows on the form: `q:<questionId>` under its question,
 * `s:<statementId>` under its statement, or the field itself (group, side, newStatements).
 * Paths index the sent answers, so they are turned back into question ids through the input.
 */
export function problemKey(p: Problem, input: ResponseInput): string {
  const [head, index] = p.field.split('.');
  if (head === 'answers') {
    if (index === undefined) return `q:${String(p.params?.questionId ?? '')}`;
    return `q:${input.answers[Number(index)]?.questionId ?? ''}`;
  }
  if (head === 'votes' && index !== undefined) return `s:${input.votes[Number(index)]?.statementId ?? ''}`;
  return head ?? p.field;
}

/** The translated message of each place on the form (the first problem of each). */
export function formProblems(problems: readonly Problem[], input: ResponseInput, t: TFunction, locale: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(p.params ?? {})) params[k] = typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : v;
    out[problemKey(p, input)] ??= t(`participation.problems.${p.code}`, { ...params, defaultValue: t('participation.problems.invalid') });
  }
  return out;
}
