import { sql } from 'drizzle-orm';
import type { Db } from './db';

/*
 * When the database goes away (PostgreSQL stopped, restarted or unreachable), a request that needs it
 * is answered 503 with DATABASE_UNAVAILABLE (shared/errors.ts) instead of a 500, the process stays up, and the next
 * request after the database is back simply works: the pool opens new connections by itself.
 */

/** The English sentence of DATABASE_UNAVAILABLE; the web app shows its own translation of the code. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database cannot be reached at the moment; please try again in a minute.';
/** What a 503 tells clients to wait before trying again (seconds). */
export const RETRY_AFTER_SECONDS = 5;

/** Socket errors of a connection that could not be made or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED']);
/**
 * SQLSTATEs of a server that is going or not there yet: 57P01 admin shutdown (a stop, or the
 * connection terminated), 57P02 crash shutdown, 57P03 cannot connect now (starting or stopping),
 * 53300 too many connections; class 08 is every connection exception.
 */
const SERVER_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** node-postgres and its pool say these in words only (no code). */
const DRIVER_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end)/;

/**
 * True when `err` (or what it wraps: drizzle wraps the driver's error in `cause`) says the database
 * could not be reached or dropped the connection, as opposed to a query that failed on its own.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!(err instanceof Error) || depth > 5) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (DRIVER_MESSAGES.test(err.message)) return true;
  if (err instanceof AggregateError && err.errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable(err.cause, depth + 1);
}

/** How long a health answer about the database is kept: load balancers may ask often, the database is asked at most this often. */
const PROBE_KEEP_MS = 1_000;

interface Probe {
  at: number;
  up: Promise<boolean>;
}
const probes = new WeakMap<Db, Probe>();

/** Whether the database answers `SELECT 1` now (asked at most once a second per process; callers meanwhile share the answer). */
export function databaseUp(db: Db): Promise<boolean> {
  const kept = probes.get(db);
  if (kept && performance.now() - kept.at < PROBE_KEEP_MS) return kept.up;
  const up = db.execute(sql`SELECT 1`).then(() => true, () => false);
  probes.set(db, { at: performance.now(), up });
  return up;
}
