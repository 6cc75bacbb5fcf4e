import { and, eq } from 'drizzle-orm';
import { audit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { hiddenCandidates } from './matching.schema';

/** Codes an authority's officers hid from its recommendations. */
export async function hiddenCodes(db: Db, code: string): Promise<Set<string>> {
  const rows = await db.select({ c: hiddenCandidates.candidateCode }).from(hiddenCandidates).where(eq(hiddenCandidates.authorityCode, code));
  return new Set(rows.map((r) => r.c));
}

/** Hide a candidate (idempotent). */
export async function hideCandidate(db: Db, code: string, candidate: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(hiddenCandidates).values({ authorityCode: code, candidateCode: candidate, hiddenBy: userId }).onConflictDoNothing();
    await audit(tx, { actorId: userId, action: 'candidate.hidden', entityType: 'authority', entityId: code, after: { candidate } });
  });
}

/** Show a hidden candidate again (idempotent). */
export async function unhideCandidate(db: Db, code: string, candidate: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(hiddenCandidates).where(and(eq(hiddenCandidates.authorityCode, code), eq(hiddenCandidates.candidateCode, candidate)));
    await audit(tx, { actorId: userId, action: 'candidate.unhidden', entityType: 'authority', entityId: code, after: { candidate } });
  });
}
