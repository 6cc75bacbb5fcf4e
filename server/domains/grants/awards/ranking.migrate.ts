import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context';
import { audit } from '../../../platform/audit';
import { calls } from '../grants.schema';
import { RETIRED_TIE_BREAKS } from './ranking.rules';
import { grantsChanged } from '../grants.answers';

/**
 * Start-up hook: the earlier-submission tie-break is no longer offered (every application received
 * by the deadline is treated alike), so a call stored with it loses it, keeping its other tie-breaks
 * in their order. Idempotent: only calls that still name it are touched; each change is audited.
 */
export async function retireTieBreaks(ctx: AppContext): Promise<void> {
  for (const retired of RETIRED_TIE_BREAKS) {
    await ctx.db.transaction(async (tx) => {
      const res = (await tx.execute(sql`
        UPDATE ${calls} SET rules = jsonb_set(rules, '{tieBreaks}', (rules->'tieBreaks') - ${retired}::text)
        WHERE jsonb_typeof(rules->'tieBreaks') = 'array' AND (rules->'tieBreaks') @> jsonb_build_array(${retired}::text)
        RETURNING id`)) as unknown as { rows: { id: string }[] };
      for (const { id } of res.rows) {
        await audit(tx, { actorId: null, action: 'call.tie_break_retired', entityType: 'call', entityId: id, before: { tieBreak: retired }, after: null });
      }
    });
  }
  await grantsChanged(ctx); // a start-up change, outside the routes that announce theirs
}
