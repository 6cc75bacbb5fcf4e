import { and, desc, eq, isNotNull, or } from 'drizzle-orm';
import type { TwinningStatus } from '../../../shared/twinnings';
import type { Db } from '../../platform/db';
import { twinnings } from './twinnings.schema';

export interface AwaitingApproval {
  id: string;
  partnerName: string;
  /** The binding step the other side asked for and this authority has not approved yet. */
  target: TwinningStatus;
  since: Date;
}

/** Twinnings of an authority with a binding step waiting for its approval, latest first (for "My TwinBridge"). */
export async function twinningsAwaitingApproval(db: Db, code: string): Promise<AwaitingApproval[]> {
  const rows = await db
    .select()
    .from(twinnings)
    .where(and(isNotNull(twinnings.pendingTarget), or(eq(twinnings.aCode, code), eq(twinnings.bCode, code))))
    .orderBy(desc(twinnings.updatedAt), desc(twinnings.id));
  return rows
    .filter((r) => !r.pendingApprovals.includes(r.aCode === code ? 'a' : 'b'))
    .map((r) => ({ id: r.id, partnerName: r.aCode === code ? r.bName : r.aName, target: r.pendingTarget as TwinningStatus, since: r.updatedAt }));
}
