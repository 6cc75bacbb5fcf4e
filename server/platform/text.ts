import type { FastifyInstance } from 'fastify';
import type { ApiError } from '../../shared/errors';
import { badRequest } from './errors';

/**
 * Text no field may hold: NUL (PostgreSQL refuses it in text and jsonb, so the insert failed as a 500)
 * and a lone UTF-16 surrogate (not a Unicode character: it cannot be stored or sent back as UTF-8).
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string may not be accepted, or undefined when it is fine. */
export function badText(s: string): string | undefined {
  if (s.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(s)) return 'must not contain a lone surrogate (not valid Unicode)';
  return undefined;
}

type Field = NonNullable<ApiError['fields']>[number];

/**
 * Every bad string in a parsed value (and bad object keys), by field path as the validation errors
 * name them (`items.0.title`). Walked with a stack, not recursion: a deeply nested body must not
 * overflow the call stack.
 */
export function badTextFields(value: unknown, root: string): Field[] {
  const found: Field[] = [];
  // Each entry links to its parent's path instead of copying it: deep nesting stays linear.
  type Path = { key: string; parent: Path } | null;
  const name = (p: Path) => {
    const keys: string[] = [];
    for (let at = p; at; at = at.parent) keys.push(at.key);
    return keys.length ? keys.reverse().join('.') : root;
  };
  const stack: { v: unknown; path: Path }[] = [{ v: value, path: null }];
  while (stack.length) {
    const { v, path } = stack.pop()!;
    if (typeof v === 'string') {
      const why = badText(v);
      if (why) found.push({ path: name(path), message: why });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, path: { key: String(i), parent: path } }));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const why = badText(key);
        if (why) found.push({ path: name(path), message: `a field name ${why}` });
        else stack.push({ v: item, path: { key, parent: path } });
      }
    }
  }
  return found.reverse();
}

/**
 * One guard for every route: before validation, the parsed params, query and body are searched for
 * NUL and lone surrogates; any is a 400 with field messages, and the handler never runs.
 */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [['params', request.params], ['querystring', request.query], ['body', request.body]] as const) {
      const fields = badTextFields(value, part);
      if (fields.length) throw badRequest(`Invalid ${part}`, fields);
    }
  });
}
