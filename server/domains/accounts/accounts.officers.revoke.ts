import { eq } from 'drizzle-orm';
import type { Role } from '../../../shared/accounts';
import { audit } from '../../platform/audit';
import type { Db } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { officerLinks, users } from './accounts.schema';
import { roleAfterRevocation } from './accounts.rules';

/**
 * End a user's officer link (approved or still pending): by an admin, or by the person themself. The
 * link row goes (the audit entry keeps what it was), so the person may ask again later; an officer
 * becomes a plain user in the same transaction. Every route, list and mail reads the link and the role
 * on each request (sessions load the user afresh), so the change applies at once.
 */
export async function revokeOfficerLink(db: Db, actorId: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw notFound('No such user');
    const [link] = await tx.select().from(officerLinks).where(eq(officerLinks.userId, userId)).for('update');
    if (!link) throw notFound('This user has no officer link');
    await tx.delete(officerLinks).where(eq(officerLinks.id, link.id));
    const before = { authorityCode: link.authorityCode, status: link.status, position: link.position, userId };
    await audit(tx, { actorId, action: 'officer_request.revoked', entityType: 'officer_request', entityId: link.id, before, after: { status: 'revoked', byOwner: actorId === userId } });
    const next = roleAfterRevocation(user.role as Role);
    if (next === user.role) return;
    await tx.update(users).set({ role: next }).where(eq(users.id, userId));
    await audit(tx, { actorId, action: 'user.role_changed', entityType: 'user', entityId: userId, before: { role: user.role }, after: { role: next } });
  });
}
