import { desc, eq } from 'drizzle-orm';
import { Agent, type TestApp } from '../../test/harness';
import { outbox } from '../../platform/mail.schema';

// Helpers of the anonymous-answer tests: a signed-out reader, and the link as the mail carries it.

/** A signed-out reader posts an anonymous response to consultation `id`. */
export function answerAnonymously(t: TestApp, id: string, email: string, response: object, locale: 'tr' | 'en' = 'en') {
  return new Agent(t.app).request('POST', `/api/consultations/${id}/responses/anonymous`, { ...response, email, locale });
}

/** The mails in the outbox to `to`, newest first. */
export function mailsTo(t: TestApp, to: string) {
  return t.ctx.db.select().from(outbox).where(eq(outbox.to, to)).orderBy(desc(outbox.createdAt));
}

/** The path and token of the link in the newest mail to `to` (as a reader would open it). */
export async function mailedLink(t: TestApp, to: string): Promise<{ path: string; id: string; token: string }> {
  const [mail] = await mailsTo(t, to);
  const match = mail?.body.match(/https?:\/\/[^/\s]+(\/consultations\/([0-9a-f-]{36})\/confirm\?token=([^\s]+))/);
  if (!match) throw new Error(`no confirmation link mailed to ${to}`);
  return { path: match[1]!, id: match[2]!, token: decodeURIComponent(match[3]!) };
}

/** A signed-out reader opens the link: the confirm page posts its token. */
export function confirm(t: TestApp, id: string, token: string) {
  return new Agent(t.app).request('POST', `/api/consultations/${id}/responses/confirm`, { token });
}
