import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { forbidden, notFound } from '../../platform/errors';
import { canManageHiddenCandidates } from './matching.policy';
import { hiddenCandidates } from './matching.schema';

/** Codes an authority's officers hid from its recommendations. */
export async function hiddenCodes(db: Db, code: string): Promise<Set<string>> {
  const rows = await db.select({ c: hiddenCandidates.candidateCode }).from(hiddenCandidates).where(eq(hiddenCandidates.authorityCode, code));
  return new Set(rows.map((r) => r.c));
}

function mustManage(user: SessionUser, code: string): void {
  if (!canManageHiddenCandidates(user, code)) throw forbidden('Only officers of this authority');
}

/** The candidates an authority's officers hid, as directory entries (its officers only). */
export async function hiddenCandidatesOf(ctx: AppContext, user: SessionUser, code: string) {
  mustManage(user, code);
  return [...(await hiddenCodes(ctx.db, code))].flatMap((c) => ctx.directory.get(c) ?? []);
}

/** Hide a candidate (idempotent; the authority's officers only). */
export async function hideCandidate(ctx: AppContext, user: SessionUser, code: string, candidate: string): Promise<void> {
  mustManage(user, code);
  if (!ctx.directory.get(candidate)) throw notFound(`No authority with code ${candidate}`);
  await ctx.db.transaction(async (tx) => {
    await tx.insert(hiddenCandidates).values({ authorityCode: code, candidateCode: candidate, hiddenBy: user.id }).onConflictDoNothing();
    await audit(tx, { actorId: user.id, action: 'candidate.hidden', entityType: 'authority', entityId: code, after: { candidate } });
  });
}

/** Show a hidden candidate again (idempotent; the authority's officers only). */
export async function unhideCandidate(ctx: AppContext, user: SessionUser, code: string, candidate: string): Promise<void> {
  mustManage(user, code);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(hiddenCandidates).where(and(eq(hiddenCandidates.authorityCode, code), eq(hiddenCandidates.candidateCode, candidate)));
    await audit(tx, { actorId: user.id, action: 'candidate.unhidden', entityType: 'authority', entityId: code, after: { candidate } });
  });
}
