import nodemailer from 'nodemailer';
import { eq } from 'drizzle-orm';
import { outbox } from '../domains/accounts/accounts.schema';
import type { Db } from './db';

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

export interface Mailer {
  /** Store the mail in the outbox and, when SMTP is configured, send it; never throws on delivery. */
  send(db: Db, mail: Mail): Promise<void>;
}

/** Mails always land in the outbox table; SMTP_URL adds real delivery, recorded as sent or failed. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  return {
    async send(db, mail) {
      const [row] = await db.insert(outbox).values(mail).returning({ id: outbox.id });
      if (!transport || !row) return;
      try {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.body });
        await db.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, row.id));
      } catch (err) {
        await db.update(outbox).set({ error: String(err) }).where(eq(outbox.id, row.id));
      }
    },
  };
}
