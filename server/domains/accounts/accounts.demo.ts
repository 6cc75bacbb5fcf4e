import { inArray, sql } from 'drizzle-orm';
import { NOTICE_VERSION } from '../../../shared/accounts';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { officerLinks, users } from './accounts.schema';
import type { AuthorityNames } from './accounts.officers';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts.demo.list';
import { hashPassword } from './accounts.passwords';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './accounts.demo.list';

/** Ids of the demo accounts that exist, by lower-case email. */
export async function demoUserIds(db: Db): Promise<Map<string, string>> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(sql`lower(${users.email})`, emails));
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

/**
 * Create the missing demo accounts and their officer links; safe to run on every start and from
 * several replicas at once (conflicts are skipped). Links to codes not in the directory are skipped.
 */
export async function seedDemoAccounts(db: Db, names: AuthorityNames): Promise<{ users: number; links: number }> {
  const existing = await demoUserIds(db);
  const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.email));
  // Every start after the first: all there, so read-only (no transaction, no writes).
  if (!missing.length && (await linksInPlace(db, existing, names))) return { users: 0, links: 0 };
  // Hashing is the slow part: only when something is missing, and once for all.
  const passwordHash = missing.length ? await hashPassword(DEMO_PASSWORD) : '';
  return db.transaction(async (tx) => {
    let created = 0;
    let linked = 0;
    for (const a of missing) {
      const [row] = await tx
        .insert(users)
        // Demo people accepted the notices in force when they were made.
        .values({ email: a.email, name: a.name, role: a.role, locale: a.locale, country: a.country ?? null, passwordHash, consentAt: new Date(), consentVersion: NOTICE_VERSION })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (!row) continue;
      created++;
      await audit(tx, { actorId: null, action: 'user.demo_seeded', entityType: 'user', entityId: row.id, after: { email: a.email, role: a.role } });
    }
    const ids = await demoUserIds(tx);
    for (const a of DEMO_ACCOUNTS) {
      const userId = ids.get(a.email);
      if (!a.authorityCode || !userId || !names.get(a.authorityCode)) continue;
      const [link] = await tx
        .insert(officerLinks)
        .values({ userId, authorityCode: a.authorityCode, position: a.position ?? null, status: 'approved', decidedAt: new Date() })
        .onConflictDoNothing()
        .returning({ id: officerLinks.id });
      if (!link) continue;
      linked++;
      await audit(tx, { actorId: null, action: 'officer_request.demo_seeded', entityType: 'officer_request', entityId: link.id, after: { authorityCode: a.authorityCode, status: 'approved' } });
    }
    return { users: created, links: linked };
  });
}

/** True when every demo officer whose authority is in the directory already has its (one) link. */
async function linksInPlace(db: Db, ids: Map<string, string>, names: AuthorityNames): Promise<boolean> {
  const wanted = DEMO_ACCOUNTS.filter((a) => a.authorityCode && names.get(a.authorityCode)).map((a) => ids.get(a.email)!);
  if (!wanted.length) return true;
  const rows = await db.select({ userId: officerLinks.userId }).from(officerLinks).where(inArray(officerLinks.userId, wanted));
  const linked = new Set(rows.map((r) => r.userId));
  return wanted.every((id) => linked.has(id));
}

/** The demo accounts as a small text table for the start-up log. */
export function demoTable(): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  const lines = DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.role}${a.authorityCode ? ` (${a.authorityCode})` : ''}`);
  return [`TwinBridge demo accounts, password "${DEMO_PASSWORD}":`, ...lines].join('\n');
}

/** Start-up hook: in demo mode only, make sure the demo accounts exist and print them. */
export async function demoAccountsHook(ctx: AppContext): Promise<void> {
  if (!ctx.config.demo) return;
  await seedDemoAccounts(ctx.db, ctx.directory);
  console.log(demoTable());
}

