import type { z } from 'zod';

/** Stored data that no longer fits its schema: our fault (a logged 500), never the caller's. */
export class StoredDataError extends Error {
  constructor(
    readonly where: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    const first = issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    super(`Stored ${where} does not fit its schema (${first.join('; ')})`);
    this.name = 'StoredDataError';
  }
}

/**
 * A jsonb value parsed with the shared zod schema it was written with, for data a decision relies on.
 * `where` names the row and column (e.g. "call 5f0… rules"), so a corrupt row is found from the log.
 */
export function parseJsonb<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoredDataError(where, parsed.error.issues);
  return parsed.data;
}
