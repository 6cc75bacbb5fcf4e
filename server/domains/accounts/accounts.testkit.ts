import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db';
import { Agent } from '../../test/harness';
import { DEMO_PASSWORD } from './accounts.demo';
import { users } from './accounts.schema';

/** A fresh public user, signed up and ready to write (cookie and CSRF token kept). */
export async function signedUp(app: FastifyInstance, email: string, name = 'Test User', password = 'correct horse battery'): Promise<Agent> {
  const agent = new Agent(app);
  const res = await agent.request('POST', '/api/auth/signup', { email, name, password, locale: 'en', acceptTerms: true, acceptPrivacy: true });
  if (res.statusCode !== 201) throw new Error(`sign-up of ${email} failed: ${res.statusCode} ${res.body}`);
  agent.csrf = (res.json() as { csrfToken: string }).csrfToken;
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
