/**
 * A rule the input breaks, as data: a stable machine `code` the UI translates, the `field` path it
 * belongs to (dot-separated, array indexes as numbers: 'content.budget.3.amountCents') so the API can
 * return it as a field message, and the figures the message needs. Rules return every problem they
 * find, never just the first, so an applicant fixes everything in one pass.
 */
export interface Problem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/** Build a problem; params are left out when there are none so results compare cleanly in tests. */
export function problem(field: string, code: string, params?: Record<string, string | number>): Problem {
  return params ? { field, code, params } : { field, code };
}

