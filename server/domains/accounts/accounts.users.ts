import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { users } from './accounts.schema';

/**
 * Display names of users by id, in one query for the whole batch: how other domains name an author,
 * uploader or assessor without reading the users table. Unknown ids are simply absent.
 */
export async function userNames(db: Db, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Who may be written to, by id: name, address and language of enabled accounts (e.g. a consultation's respondents). */
export async function userContacts(db: Db, ids: Iterable<string>): Promise<{ id: string; name: string; email: string; locale: 'tr' | 'en' }[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await db.select({ id: users.id, name: users.name, email: users.email, locale: users.locale, disabledAt: users.disabledAt }).from(users).where(inArray(users.id, unique));
  return rows.filter((r) => !r.disabledAt).map((r) => ({ id: r.id, name: r.name, email: r.email, locale: r.locale === 'en' ? 'en' : 'tr' }));
}

/** Name and address of users by id, disabled accounts included (e.g. an event's participant list, which keeps who came). */
export async function userCards(db: Db, ids: Iterable<string>): Promise<Map<string, { name: string; email: string }>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email }]));
}
