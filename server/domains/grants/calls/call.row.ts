import { eq } from 'drizzle-orm';
import { callRules, type CallRules } from '../../../../shared/grants';
import type { Db } from '../../../platform/db';
import { parseJsonb } from '../../../platform/jsonb';
import { calls } from '../grants.schema';

/** A call as the services use it: its rules parsed by the shared schema they were written with. */
export type Call = typeof calls.$inferSelect;

/**
 * The one place a call's stored rules are read for a decision (eligibility, evaluation, awards, money):
 * corrupt rules stop with a 500 naming the call instead of deciding on half a rule set.
 * Calls are few (tens), so parsing them costs nothing measurable even in the lists.
 */
export function toCall<R extends { id: string; rules: unknown }>(row: R): Omit<R, 'rules'> & { rules: CallRules } {
  return { ...row, rules: parseJsonb(callRules, row.rules, `call ${row.id} rules`) };
}

/** A call by id (locked for update inside a transaction when asked), or undefined. */
export async function findCall(db: Db, id: string, lock = false): Promise<Call | undefined> {
  const query = db.select().from(calls).where(eq(calls.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row && toCall(row);
}
