import nodemailer, { type Transporter } from 'nodemailer';
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { columnNames } from './sqlNames';
import type { Db } from './db';
import { outbox } from './mail.schema';

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

export interface Mailer {
  /**
   * Put the mail in the outbox with the caller's handle (inside its transaction, so a change that
   * rolls back mails nobody). Delivery, when SMTP is configured, happens after commit, off the request.
   * Resolves with the outbox row's id, for a caller that must delete the mail later (it holds an address).
   */
  send(db: Db, mail: Mail): Promise<string>;
  /** send() for several mails in one statement (a notice to every officer of an authority); ids in order. */
  sendMany(db: Db, mails: readonly Mail[]): Promise<string[]>;
  /** Mails went into the outbox through a statement of the caller's (outboxInsertFrom): deliver them after its commit, as sendMany does. */
  queued(): void;
  /** Deliver what the outbox holds unsent; resolves with the number delivered (0 without SMTP). */
  flush(): Promise<number>;
  /** End background rounds (the sweep and those after a send) before the database closes while the process lives on; resolves once a running round has finished. */
  stop(): Promise<void>;
}

/**
 * The outbox insert of the mails a query selects (its columns: to, subject, body), as a part of a
 * change's own statement (its WITH), returning a row per mail; call Mailer.queued() once it ran.
 */
export function outboxInsertFrom(select: SQL): SQL {
  return sql`insert into ${outbox} (${columnNames(outbox.to, outbox.subject, outbox.body)}) ${select} returning ${columnNames(outbox.id)}`;
}

/** Mails a delivery round claims at most. */
const BATCH = 20;
/** A round also runs this often, for mails whose transaction had not committed when their round ran. */
const SWEEP_MS = 30_000;

/** Told of a background delivery round that failed as a whole (say the database was unreachable). */
export type RoundFailure = (err: unknown) => void;

/** Nobody awaits a background round, so its failure goes to the log; its mails stay unsent for the next round. */
const logRoundFailure: RoundFailure = (err) => console.error('TwinBridge: a mail delivery round failed; its mails wait for the next round:', err);

/**
 * Mails always land in the outbox table; an SMTP URL (or a nodemailer transport) adds real delivery,
 * recorded as sent or failed. A round claims rows with SKIP LOCKED, so replicas never send one twice.
 */
export function createMailer(db: Db, smtp: string | Transporter | undefined, from: string, onRoundFailure: RoundFailure = logRoundFailure): Mailer {
  const transport = typeof smtp === 'string' ? nodemailer.createTransport(smtp) : (smtp ?? null);
  let round: Promise<number> | null = null;

  async function deliver(): Promise<number> {
    if (!transport) return 0;
    const pending = db.select({ id: outbox.id }).from(outbox).where(and(isNull(outbox.sentAt), isNull(outbox.error))).orderBy(outbox.createdAt).limit(BATCH).for('update', { skipLocked: true });
    // Claimed by marking sent first: at most once, never twice (a crash mid-send loses that mail, it does not repeat it).
    const claimed = await db.update(outbox).set({ sentAt: new Date() }).where(inArray(outbox.id, pending)).returning();
    let sent = 0;
    for (const m of claimed) {
      try {
        await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.body });
        sent++;
      } catch (err) {
        await db.update(outbox).set({ sentAt: null, error: String(err) }).where(eq(outbox.id, m.id));
      }
    }
    return sent + (claimed.length === BATCH ? await deliver() : 0);
  }

  function flush(): Promise<number> {
    // One round at a time in this process; a round asked for meanwhile runs after it.
    const next = (round ?? Promise.resolve(0)).then(deliver, deliver);
    round = next.catch(() => 0); // the caller of this round hears of its failure; the next round still runs
    return next;
  }

  let stopped = false;
  const background = () => {
    if (!stopped) void flush().catch(onRoundFailure);
  };
  const sweep = transport ? setInterval(background, SWEEP_MS).unref() : null;
  // After the caller's transaction: the round waits for it (PGlite) or misses an uncommitted row until the sweep.
  const queued = () => void (transport && setTimeout(background, 20).unref());
  async function sendMany(handle: Db, mails: readonly Mail[]): Promise<string[]> {
    if (!mails.length) return [];
    const rows = await handle.insert(outbox).values([...mails]).returning({ id: outbox.id });
    queued();
    return rows.map((r) => r.id);
  }

  return {
    async send(handle, mail) {
      const [id] = await sendMany(handle, [mail]);
      return id!;
    },
    sendMany,
    queued,
    flush,
    stop: async () => {
      stopped = true;
      if (sweep) clearInterval(sweep);
      await round;
    },
  };
}
