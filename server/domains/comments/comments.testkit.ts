import { eq } from 'drizzle-orm';
import type { Agent, TestApp } from '../../test/harness';
import { signedUp } from '../accounts/accounts.testkit';
import { opened } from '../participation/participation.testkit';
import type { Comment } from '../../../shared/comments';
import type { ConsultationInput } from '../../../shared/participation';
import { comments } from './comments.schema';

// Helpers of the comments tests: pages to comment on, posting, moving a comment's age, and a crowd
// of fresh users to report with.

/** A public consultation opened by this agent, as a comment target. */
export async function consultationTarget(agent: Agent, extra: Partial<ConsultationInput> = {}): Promise<string> {
  return `consultation:${(await opened(agent, extra)).id}`;
}

/** A twinning proposed by this officer to a partner, as a comment target. */
export async function twinningTarget(officer: Agent, partnerCode: string, partner?: Agent): Promise<string> {
  const res = await officer.request('POST', '/api/twinnings', { partnerCode });
  if (res.statusCode !== 201) throw new Error(`twinning: ${res.statusCode} ${res.body}`);
  const id = (res.json() as { id: string }).id;
  // A bare proposal is not public (no comments, no share page): the partner's officer takes it on.
  if (partner) {
    const moved = await partner.request('POST', `/api/twinnings/${id}/move`, { to: 'exploring' });
    if (moved.statusCode !== 200) throw new Error(`twinning taken on: ${moved.statusCode} ${moved.body}`);
  }
  return `twinning:${id}`;
}

/** Post a comment (or a reply) as this agent; returns it as the API answered. */
export async function posted(agent: Agent, target: string, body = 'We should plant more trees along the river.', extra: { stance?: string; parentId?: string } = {}): Promise<Comment> {
  const res = await agent.request('POST', '/api/comments', { target, body, ...extra });
  if (res.statusCode !== 201) throw new Error(`comment: ${res.statusCode} ${res.body}`);
  return res.json() as Comment;
}

/** Make a comment older, as time passing would (the edit window counts from created_at). */
export async function ageComment(t: TestApp, id: string, minutes: number): Promise<void> {
  await t.ctx.db.update(comments).set({ createdAt: new Date(Date.now() - minutes * 60_000) }).where(eq(comments.id, id));
}

/** Fresh signed-up users, named after a prefix (each test its own, the database is shared within a file). */
export async function crowd(t: TestApp, prefix: string, n: number): Promise<Agent[]> {
  const out: Agent[] = [];
  for (let i = 1; i <= n; i++) out.push(await signedUp(t.app, `${prefix}.${i}@example.org`, `${prefix} ${i}`));
  return out;
}

/** A comment's thread entry (top-level or reply) in a reader's list, or undefined when they do not get it. */
export async function seen(agent: Agent, target: string, id: string) {
  const list = (await agent.request('GET', `/api/comments?target=${encodeURIComponent(target)}`)).json() as { items: Comment[] };
  return list.items.flatMap((c): Omit<Comment, 'replies'>[] => [c, ...c.replies]).find((c) => c.id === id);
}
