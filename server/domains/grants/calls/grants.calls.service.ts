import { and, eq, ne } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { CallRules } from '../../../../shared/grants';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import type { Tx } from '../../../platform/db';
import { conflict, forbidden, notFound, refused } from '../../../platform/errors';
import { lockedAfterPublish, validateCallRules } from '../../../../shared/grants.call.rules';
import { callBudgetRefusal, envelopeRefusal } from './envelope.rules';
import { rulesBroken } from '../../../platform/problems';
import { managesGrants } from '../grants.policy';
import { calls, programmes } from '../grants.schema';
import { findCall, toCall } from './call.row';
import { getCall } from './grants.programmes.service';

export interface ProgrammeInput {
  code: string;
  titleEn: string;
  titleTr: string;
  descriptionEn: string;
  descriptionTr: string;
  /** The envelope in integer cents. */
  budgetCents: number;
}

export interface CallInput {
  reference: string;
  titleEn: string;
  titleTr: string;
  rules: CallRules;
}

function manager(user: SessionUser): SessionUser {
  if (!managesGrants(user)) throw forbidden('Only programme managers run programmes and calls');
  return user;
}

/** Create a programme (programme managers). */
export async function createProgramme(ctx: AppContext, user: SessionUser, input: ProgrammeInput) {
  manager(user);
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.code, input.code));
    if (taken) throw conflict('programme_code_taken', `A programme with code ${input.code} exists`, { code: input.code });
    const [row] = await tx.insert(programmes).values(input).returning();
    await audit(tx, { actorId: user.id, action: 'programme.created', entityType: 'programme', entityId: row!.id, after: input });
    return row!;
  });
}

/** What the programme's calls other than `exceptCallId` hold, with the programme row locked so two calls cannot both take the last euro. */
async function allotted(tx: Tx, programmeId: string, exceptCallId?: string) {
  const [p] = await tx.select({ id: programmes.id, budgetCents: programmes.budgetCents }).from(programmes).where(eq(programmes.id, programmeId)).for('update');
  if (!p) throw notFound('No such programme');
  const rows = (await tx.select({ id: calls.id, rules: calls.rules }).from(calls).where(exceptCallId ? and(eq(calls.programmeId, programmeId), ne(calls.id, exceptCallId)) : eq(calls.programmeId, programmeId))).map(toCall);
  return { envelopeCents: p.budgetCents, allottedCents: rows.reduce((s, r) => s + r.rules.budgetCents, 0) };
}

/** Edit a programme's titles, descriptions and envelope; the envelope never drops below what its calls hold (409). */
export async function updateProgramme(ctx: AppContext, user: SessionUser, id: string, input: Omit<ProgrammeInput, 'code'>) {
  manager(user);
  return ctx.db.transaction(async (tx) => {
    const { allottedCents } = await allotted(tx, id);
    const refusal = envelopeRefusal(input.budgetCents, allottedCents);
    if (refusal) throw refused(refusal);
    const [before] = await tx.select().from(programmes).where(eq(programmes.id, id));
    const [row] = await tx.update(programmes).set(input).where(eq(programmes.id, id)).returning();
    const { createdAt: _c, ...was } = before!;
    await audit(tx, { actorId: user.id, action: 'programme.updated', entityType: 'programme', entityId: id, before: was, after: input });
    return row!;
  });
}

/** Create a draft call in a programme; its rules are checked for consistency. */
export async function createCall(ctx: AppContext, user: SessionUser, programmeId: string, input: CallInput) {
  manager(user);
  const problems = validateCallRules(input.rules).map((p) => ({ ...p, field: `rules.${p.field}` }));
  if (problems.length) throw rulesBroken('The call rules do not hold together', problems);
  const id = await ctx.db.transaction(async (tx) => {
    const held = await allotted(tx, programmeId);
    const over = callBudgetRefusal(held.envelopeCents, held.allottedCents, input.rules.budgetCents);
    if (over) throw refused(over);
    const [taken] = await tx.select({ id: calls.id }).from(calls).where(eq(calls.reference, input.reference));
    if (taken) throw conflict('call_reference_taken', `A call with reference ${input.reference} exists`, { reference: input.reference });
    const [row] = await tx.insert(calls).values({ ...input, programmeId, stage: input.rules.twoStage ? 'concept' : 'full', createdBy: user.id }).returning();
    await audit(tx, { actorId: user.id, action: 'call.created', entityType: 'call', entityId: row!.id, after: { reference: input.reference } });
    return row!.id;
  });
  return getCall(ctx, user, id);
}

/** Edit a call: anything while a draft; once published only what applicants do not rely on (409 names the rest). */
export async function updateCall(ctx: AppContext, user: SessionUser, id: string, input: Omit<CallInput, 'reference'>) {
  manager(user);
  const problems = validateCallRules(input.rules).map((p) => ({ ...p, field: `rules.${p.field}` }));
  if (problems.length) throw rulesBroken('The call rules do not hold together', problems);
  await ctx.db.transaction(async (tx) => {
    const before = await findCall(tx, id, true);
    if (!before) throw notFound('No such call');
    if (before.status !== 'draft') {
      const locked = lockedAfterPublish(before.rules, input.rules);
      if (locked.length) throw conflict('call_published_locked', `Published: applicants rely on ${locked.join(', ')}; only the deadline may be extended`);
      if (input.titleEn !== before.titleEn || input.titleTr !== before.titleTr) throw conflict('call_published_title', 'Published: the title is fixed');
    }
    if (input.rules.budgetCents !== before.rules.budgetCents) {
      const held = await allotted(tx, before.programmeId, id);
      const over = callBudgetRefusal(held.envelopeCents, held.allottedCents, input.rules.budgetCents);
      if (over) throw refused(over);
    }
    await tx.update(calls).set({ ...input, updatedAt: new Date() }).where(eq(calls.id, id));
    await audit(tx, { actorId: user.id, action: 'call.updated', entityType: 'call', entityId: id, before: { rules: before.rules }, after: { rules: input.rules } });
  });
  return getCall(ctx, user, id);
}

/** Publish a draft call: from now on its rules are read-only for everything applicants rely on. */
export async function publishCall(ctx: AppContext, user: SessionUser, id: string) {
  manager(user);
  await ctx.db.transaction(async (tx) => {
    const c = await findCall(tx, id, true);
    if (!c) throw notFound('No such call');
    if (c.status !== 'draft') throw conflict('call_not_draft', `The call is already ${c.status}`);
    await tx.update(calls).set({ status: 'published', publishedAt: new Date(), updatedAt: new Date() }).where(eq(calls.id, id));
    await audit(tx, { actorId: user.id, action: 'call.published', entityType: 'call', entityId: id, before: { status: 'draft' }, after: { status: 'published' } });
  });
  return getCall(ctx, user, id);
}
