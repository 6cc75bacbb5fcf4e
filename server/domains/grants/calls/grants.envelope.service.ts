import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context';
import { programmes } from '../grants.schema';
import { grantsChanged } from '../grants.answers';

/**
 * Start-up hook: a programme made before envelopes existed (budget 0) gets the sum of its calls'
 * budgets, so its books stay as they were and no call is over the envelope. Idempotent: a set
 * envelope is never touched, and the API refuses an envelope of 0.
 */
export async function backfillEnvelopes(ctx: AppContext): Promise<void> {
  await ctx.db.execute(sql`
    UPDATE ${programmes} p SET budget_cents = s.total
    FROM (SELECT programme_id, SUM((rules->>'budgetCents')::bigint) AS total FROM calls GROUP BY programme_id) s
    WHERE p.id = s.programme_id AND p.budget_cents = 0`);
  await grantsChanged(ctx); // a start-up change, outside the routes that announce theirs
}
