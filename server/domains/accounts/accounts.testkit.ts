import { and, desc, eq, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db';
import { outbox } from '../../platform/mail.schema';
import { Agent, contextOf } from '../../test/harness';
import { DEMO_PASSWORD } from './accounts.demo';
import { users } from './accounts.schema';

/** The newest mail to `to` in the test app's outbox. */
export async function lastMailTo(app: FastifyInstance, to: string): Promise<{ subject: string; body: string } | undefined> {
  const [row] = await contextOf(app).db.select().from(outbox).where(eq(outbox.to, to.toLowerCase())).orderBy(desc(outbox.createdAt)).limit(1);
  return row;
}

/** The token of the first link with `path` in the newest mail to `to`. */
export async function mailedToken(app: FastifyInstance, to: string, path: string): Promise<string> {
  const mail = await lastMailTo(app, to);
  const m = mail?.body.match(new RegExp(`${path}\\?token=([^\\s]+)`));
  if (!m?.[1]) throw new Error(`no ${path} link mailed to ${to}`);
  return decodeURIComponent(m[1]);
}

/** A fresh public user, signed up through the mailed link and ready to write (cookie and CSRF token kept). */
export async function signedUp(app: FastifyInstance, email: string, name = 'Test User', password = 'correct horse battery'): Promise<Agent> {
  const agent = new Agent(app);
  const res = await agent.request('POST', '/api/auth/signup', { email, name, password, locale: 'en', acceptTerms: true, acceptPrivacy: true });
  if (res.statusCode !== 202) throw new Error(`sign-up of ${email} failed: ${res.statusCode} ${res.body}`);
  const token = await mailedToken(app, email, '/signup/confirm');
  const done = await agent.request('POST', '/api/auth/signup/confirm', { token });
  if (done.statusCode !== 201) throw new Error(`sign-up link of ${email} failed: ${done.statusCode} ${done.body}`);
  // The link mail was set-up, not part of what a test checks: tests that count a person's mail see only theirs.
  await contextOf(app).db.delete(outbox).where(and(eq(outbox.to, email.toLowerCase()), like(outbox.body, '%/signup/confirm?token=%')));
  agent.csrf = (done.json() as { csrfToken: string }).csrfToken;
  return agent;
}

/** An agent signed in as an existing user (a demo account by default). */
export async function signedIn(app: FastifyInstance, email: string, password = DEMO_PASSWORD): Promise<Agent> {
  const agent = new Agent(app);
  const res = await agent.request('POST', '/api/auth/signin', { email, password });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  agent.csrf = (res.json() as { csrfToken: string }).csrfToken;
  return agent;
}

/** Disable an account directly (no route does yet): it can no longer sign in, and its sessions stop working. */
export async function disableUser(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, userId));
}
