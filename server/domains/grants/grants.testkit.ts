import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { EvaluationGrid } from '../../../shared/grants';
import type { Theme } from '../../../shared/themes';
import type { Agent, TestApp } from '../../test/harness';
import { signedIn, signedUp } from '../accounts/accounts.testkit';
import { call2018Rules, validContent2018 } from '../../../shared/grants.fixtures';
import { applicationPartners, applications, applicationVersions, assignments, calls } from './grants.schema';
import { ledgerBalances } from './money/payments.rules';

// Helpers of the evaluation, award and money tests. Applications are inserted as the administrative
// check leaves them (status 'evaluation', a frozen version 1), so these tests do not depend on the
// application workflow's routes.

export const EUR = 100;
/** The applicant who submitted; not a user of these tests. */
const SUBMITTER = '00000000-0000-4000-8000-000000000001';

export interface InEvaluation {
  reference: string;
  lead: string;
  theme: Theme;
  grantCents: number;
  partner?: string;
  /** When it was submitted (no tie-break uses it: all in time are equal). */
  submittedAt?: Date;
}

/**
 * Insert an application of the call in status 'evaluation' with its partner and frozen version; returns
 * its id. The call's deadline is moved into the past first: nothing is checked or assessed before it.
 */
export async function applicationInEvaluation(t: TestApp, callId: string, a: InEvaluation): Promise<string> {
  await closeCall(t, callId);
  const content = { ...validContent2018(), theme: a.theme, titleEn: `Project ${a.reference}`, requestedGrantCents: a.grantCents };
  const submittedAt = a.submittedAt ?? new Date(Date.now() - 86_400_000);
  const partner = a.partner ?? 'DE_06412000';
  const [row] = await t.ctx.db.insert(applications).values({ callId, reference: a.reference, leadCode: a.lead, status: 'evaluation', content, version: 1, submittedAt, createdBy: SUBMITTER }).returning();
  await t.ctx.db.insert(applicationPartners).values({ applicationId: row!.id, authorityCode: partner, confirmedAt: submittedAt });
  await t.ctx.db.insert(applicationVersions).values({ applicationId: row!.id, version: 1, stage: 'full', content, partners: [partner], submittedBy: SUBMITTER, submittedAt });
  return row!.id;
}

/** Set an application's status directly, as another workflow (the applicant's withdrawal) would. */
export async function setStatus(t: TestApp, applicationId: string, status: string): Promise<void> {
  await t.ctx.db.update(applications).set({ status }).where(eq(applications.id, applicationId));
}

/** Move the call's deadline into the past (a minute ago, or `inMs` from now): the check, the assessors and the award wait for it. */
export async function closeCall(t: TestApp, callId: string, inMs = -60_000): Promise<void> {
  const [c] = await t.ctx.db.select().from(calls).where(eq(calls.id, callId));
  await t.ctx.db.update(calls).set({ rules: { ...c!.rules, deadlineAt: new Date(Date.now() + inMs).toISOString() } }).where(eq(calls.id, callId));
}

/** Give a call other titles directly, as data from before both titles were required would have them. */
export async function retitleCall(t: TestApp, callId: string, titles: { titleEn: string; titleTr: string }): Promise<void> {
  await t.ctx.db.update(calls).set(titles).where(eq(calls.id, callId));
}

/** A new user given the assessor role by the admin (through the admin users API). */
export async function newAssessor(t: TestApp, admin: Agent, email: string): Promise<Agent> {
  const agent = await signedUp(t.app, email, `Assessor ${email}`);
  const id = (await agent.request('GET', '/api/auth/me')).json().user.id as string;
  const res = await admin.request('PATCH', `/api/admin/users/${id}/role`, { role: 'assessor' });
  if (res.statusCode !== 200) throw new Error(`assessor role for ${email}: ${res.statusCode} ${res.body}`);
  // A role change ends the person's sessions: sign in again under the new role.
  return signedIn(t.app, email, 'correct horse battery');
}

type Scores = Record<string, { score: number; comment: string }>;

/** A complete sheet: every criterion of the grid at `v` points (of its max), with a comment. Total = 20·v on the 2018 grid. */
export function sheet(v: number, grid: EvaluationGrid = call2018Rules().grid): { scores: Scores } {
  const scores: Scores = {};
  for (const c of grid.sections.flatMap((s) => s.criteria)) scores[c.key] = { score: Math.min(v, c.maxScore), comment: 'Reasoned comment.' };
  return { scores };
}

/** The committee's score set at level `v` of every criterion (relevance may be set apart): every section changed, with its justification. */
export function consensusAt(v: number, relevance?: number, grid: EvaluationGrid = call2018Rules().grid) {
  const changes = Object.fromEntries(
    grid.sections.map((s) => [s.key, { score: s.key === 'relevance' && relevance !== undefined ? relevance : s.criteria.reduce((n, c) => n + v * c.weight, 0), justification: 'Agreed in committee.' }]),
  );
  return { changes };
}

/** A signed-in agent's user id. */
export async function userIdOf(who: Agent): Promise<string> {
  return (await who.request('GET', '/api/auth/me')).json().user.id as string;
}

/** Appoint the call's committee (by the chair, a manager) and have every member sign the declaration. */
export async function seatCommittee(callId: string, chair: Agent, secretary: Agent, voting: readonly Agent[], declare = true): Promise<void> {
  const body = { chairId: await userIdOf(chair), secretaryId: await userIdOf(secretary), votingIds: await Promise.all(voting.map(userIdOf)) };
  const res = await chair.request('PUT', `/api/calls/${callId}/committee`, body);
  if (res.statusCode !== 200) throw new Error(`committee: ${res.statusCode} ${res.body}`);
  if (!declare) return;
  for (const who of [chair, secretary, ...voting]) {
    const signed = await who.request('POST', `/api/calls/${callId}/committee/declaration`, { impartial: true, confidential: true });
    if (signed.statusCode !== 200) throw new Error(`declaration: ${signed.statusCode} ${signed.body}`);
  }
}

/** The chair approves the evaluation report and `proposer` proposes the award; the caller confirms it with another manager. */
export async function approveAndPropose(callId: string, chair: Agent, proposer: Agent): Promise<void> {
  const approved = await chair.request('POST', `/api/calls/${callId}/evaluation-report/approval`);
  if (approved.statusCode !== 200) throw new Error(`approval: ${approved.statusCode} ${approved.body}`);
  const proposed = await proposer.request('POST', `/api/calls/${callId}/award/proposal`);
  if (proposed.statusCode !== 200) throw new Error(`proposal: ${proposed.statusCode} ${proposed.body}`);
}

export interface Assignment {
  id: string;
  applicationId: string;
  reference: string;
  status: string;
  further: boolean;
  application: unknown;
  scores: Scores;
  total: number | null;
}

/** The assessor's own assignments. */
export async function assignmentsOf(who: Agent): Promise<Assignment[]> {
  return (await who.request('GET', '/api/assessments')).json().items;
}

/** The call's ledger balances, and every award's net payments stay within its grant with nothing owed below 0. */
export async function expectBooksBalance(manager: Agent, callId: string, awardIds: readonly string[]) {
  const ledger = (await manager.request('GET', `/api/calls/${callId}/ledger`)).json();
  expect(ledgerBalances(ledger), JSON.stringify(ledger)).toBe(true);
  for (const id of awardIds) {
    const a = (await manager.request('GET', `/api/awards/${id}`)).json();
    expect(a.ledger.paidCents - a.ledger.recoveredCents - a.ledger.recoveryDueCents).toBeLessThanOrEqual(a.grantCents);
    expect(a.ledger.owedCents).toBeGreaterThanOrEqual(0);
    expect(a.paidCents).toBe(a.ledger.paidCents - a.ledger.recoveredCents);
  }
  return ledger as { awardedCents: number; committedCents: number; paidCents: number; recoveredCents: number; owedCents: number; leftCents: number; recoveryDueCents: number };
}

/** Assign an assessor to an application directly (the automatic assignment picks its own pairs). */
export async function assignDirectly(t: TestApp, applicationId: string, assessorId: string): Promise<string> {
  const [row] = await t.ctx.db.insert(assignments).values({ applicationId, assessorId }).returning({ id: assignments.id });
  return row!.id;
}
