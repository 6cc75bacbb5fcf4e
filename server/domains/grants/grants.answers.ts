import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { AnswerCache } from '../../platform/answers';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { tableFingerprint } from '../../platform/fingerprint';

/*
 * The grant scheme's public answers (programmes, a programme's page, the awarded projects) are the
 * same for every anonymous caller and change only when a programme, call, award, payment, report or
 * an awarded application changes. They are kept ready to send in each process (AnswerCache); a grant
 * write invalidates them here and, through the change feed, in every other process.
 */

/** Topic: something the grant scheme's public pages show may have changed; every process checks. */
export const GRANTS_PUBLIC_CHANGED = 'grants.public';

/** Writes that change only what their own people see (a draft's content and files, a score sheet being written): no check. */
const PRIVATE_WRITES: ReadonlySet<string> = new Set(['updateApplication', 'uploadApplicationFile', 'deleteApplicationFile', 'saveScoreSheet']);

/** Answers are served this long without asking the database, a safety net for a change nobody announced (SQL by hand). */
export const GRANTS_RECHECK_MS = 10_000;
/** Programme pages and project lists per filter; a crawler's walk of provinces must not grow the process. */
const MAX_ANSWERS = 500;

/** Changes with any committed change to what the public grant pages show, and with the day (a project's phase). */
export async function grantsPublicFingerprint(ctx: AppContext, now = new Date()): Promise<string> {
  return `${await tablesFingerprint(ctx.db)}#${ctx.directory.size}#${now.toISOString().slice(0, 10)}`;
}

async function tablesFingerprint(db: Db): Promise<string> {
  const awarded = sql`application_id in (select application_id from awards)`;
  const tables = [
    ...['programmes', 'calls', 'awards', 'payments', 'grant_reports', 'recovery_orders'].map((t) => tableFingerprint(t)),
    tableFingerprint('applications', sql`id in (select application_id from awards)`),
    tableFingerprint('application_partners', awarded),
  ];
  const [row] = await db.select({ f: sql<string>`concat_ws('|', ${sql.join(tables, sql`, `)})` }).from(sql`(select 1) as one`);
  return row?.f ?? '';
}

const caches = new WeakMap<AppContext, AnswerCache>();

/** The grant scheme's public answers of an app (one cache per context). */
export function grantsAnswers(ctx: AppContext): AnswerCache {
  let cache = caches.get(ctx);
  if (!cache) caches.set(ctx, (cache = new AnswerCache(() => grantsPublicFingerprint(ctx), { recheckMs: GRANTS_RECHECK_MS, maxAnswers: MAX_ANSWERS })));
  return cache;
}

/** A grant write committed: this process checks at its next read, and the others on the notice. */
export function grantsChanged(ctx: AppContext): Promise<void> {
  grantsAnswers(ctx).invalidate();
  return ctx.changes.publish(GRANTS_PUBLIC_CHANGED);
}

/** Follow the other processes' grant writes; a resync (notices may have been lost) checks too. */
export function followGrantsChanges(ctx: AppContext): void {
  ctx.changes.subscribe(GRANTS_PUBLIC_CHANGED, () => grantsAnswers(ctx).invalidate());
}

/**
 * Every successful write of the grant scheme's routes announces itself before its answer goes out (the
 * service has committed by then), so the writer's next read, through any process, sees it. One hook
 * rather than a call in each of some forty services: a new write route cannot forget it.
 */
export function announceGrantWrites(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.method === 'GET' || req.method === 'HEAD' || reply.statusCode >= 400) return payload;
    const operation = (req.routeOptions.schema as { operationId?: string } | undefined)?.operationId;
    if (!operation || !PRIVATE_WRITES.has(operation)) await grantsChanged(ctx);
    return payload;
  });
}
