import { badRequest, HttpError } from './errors';
import type { Problem } from '../../shared/problems';

/** A readable English line for a rule problem; the UI shows its own translation of the code. */
function describe(p: Problem): string {
  const words = p.code.replace(/_/g, ' ');
  const figures = Object.entries(p.params ?? {}).map(([k, v]) => `${k} ${v}`);
  return figures.length ? `${words} (${figures.join(', ')})` : words;
}

/** A 400 naming every broken rule by field, code and figures, so the caller fixes all in one pass. */
export function rulesBroken(message: string, problems: readonly Problem[]): HttpError {
  return badRequest(message, problems.map((p) => ({ path: p.field, message: describe(p), code: p.code, ...(p.params ? { params: p.params } : {}) })));
}
