import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { forbidden, notFound, unauthorized } from '../../platform/errors';
import { events } from './events.schema';
import type { EventRow } from './events.view';

/** An event row by id (locked for update inside a transaction when asked); demo rows exist in demo mode only. */
export async function eventRow(ctx: AppContext, db: Db, id: string, lock = false): Promise<EventRow> {
  const query = db.select().from(events).where(eq(events.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || (row.demo && !ctx.config.demo)) throw notFound('No such event');
  return row;
}

/** Signed out: 401 (signing in may help); signed in without the right: 403. */
export function refuse(user: SessionUser | null, message: string) {
  return user ? forbidden(message) : unauthorized();
}

