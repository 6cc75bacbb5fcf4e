import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallRules, EvaluationGrid } from '../../../../shared/grants';
import { conceptNoteGrid } from '../../../../shared/grants.concept';
import { call2018Rules, validContent2018 } from '../../../../shared/grants.fixtures';
import { outbox } from '../../../platform/mail.schema';
import { formatIstanbul } from '../../../../shared/istanbul';
import { Agent, refusal, testApp, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn } from '../../accounts/accounts.testkit';
import { call, demoPeople, fieldCodes, officerOf, openRules, programme, statuses } from '../applications/grants.applications.testkit';
import { parseCsv } from '../../reference/csv';
import { applications, awards, calls } from '../grants.schema';
import { approveAndPropose, assignmentsOf, consensusAt, seatCommittee, sheet } from '../grants.testkit';

// A two-stage call through the routes: concept notes scored on their own 50-point grid, nothing
// checked, assigned or shortlisted before each deadline, the shortlist of the best above the
// pre-selection threshold, the invitation of the shortlisted leads only, full applications by the
// full-application deadline, and an award from full applications only.

const DAY = 86_400_000;
let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let assessors: Agent[];
let anonymous: Agent;
let callId = '';
let oneStageId = '';
const leads: Record<string, Agent> = {};
const app: Record<string, string> = {};
const LEADS = { A: 'TR-BSB-06', B: 'TR-BSB-07', C: 'TR-BSB-16', D: 'TR-BSB-01' } as const;
type Letter = keyof typeof LEADS;
const letters = Object.keys(LEADS) as Letter[];
const yes = { submitted_in_time: true, lead_eligible: true, partners_eligible: true, partner_confirmations: true, budget_within_limits: true, documents_complete: true, signed_declaration: true };

/** Change the call's rules directly, as time passing (or a manager's later edit) would. */
async function setRules(change: Partial<CallRules>): Promise<void> {
  const [c] = await t.ctx.db.select().from(calls).where(eq(calls.id, callId));
  await t.ctx.db.update(calls).set({ rules: { ...c!.rules, ...change } }).where(eq(calls.id, callId));
}
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** Every assessor declares no conflict and submits a sheet at level `v` (per application) on the grid. */
async function scoreAll(level: Record<string, number>, grid: EvaluationGrid) {
  for (const a of assessors)
    for (const x of (await assignmentsOf(a)).filter((y) => y.status === 'assigned' && y.applicationId in level)) {
      await a.request('POST', `/api/assignments/${x.id}/declaration`, { noConflict: true });
      const res = await a.request('POST', `/api/assignments/${x.id}/submit`, sheet(level[x.applicationId]!, grid));
      if (res.statusCode !== 200) throw new Error(`sheet: ${res.statusCode} ${res.body}`);
    }
}

const kinds = async (agent: Agent, id: string) =>
  ((await agent.request('GET', '/api/notifications')).json().items as { kind: string; payload: { link: string } }[]).filter((n) => n.payload.link === `/grants/applications/${id}`).map((n) => n.kind);

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  assessors = [p.assessor, await signedIn(t.app, 'assessor2@twinbridge.demo'), await signedIn(t.app, 'assessor3@twinbridge.demo')];
  anonymous = new Agent(t.app);
  const programmeId = await programme(p.manager, 'TWO');
  callId = await call(p.manager, programmeId, 'TWO/01', openRules({ twoStage: true, preSelectionThreshold: 30, fullDeadlineAt: new Date(Date.now() + 60 * DAY).toISOString() }));
  oneStageId = await call(p.manager, programmeId, 'TWO/02', openRules());
  for (const l of letters) {
    leads[l] = await officerOf(t, p.admin, `lead.${l.toLowerCase()}@example.org`, LEADS[l]);
    const a = (await leads[l]!.request('POST', `/api/calls/${callId}/applications`)).json();
    app[l] = a.id;
    await leads[l]!.request('PATCH', `/api/applications/${a.id}`, { content: validContent2018() });
    await leads[l]!.request('PUT', `/api/applications/${a.id}/partners`, { codes: ['DE_05315000'] });
    await p.koln.request('POST', `/api/applications/${a.id}/partners/confirm`);
    const sent = await leads[l]!.request('POST', `/api/applications/${a.id}/submit`);
    if (sent.json().status !== 'submitted' || sent.json().stage !== 'concept') throw new Error(`concept note ${l}: ${sent.body}`);
  }
  // One committee scores both stages: the manager chairs, the admin is secretary, the assessors vote.
  await seatCommittee(callId, p.manager, p.admin, assessors);
});
afterAll(async () => t.close());

describe('before the concept deadline', () => {
  it('starts no check, no assessment and no shortlist', async () => {
    expect(refusal(await p.manager.request('PUT', `/api/applications/${app.A}/admin-check`, { answers: yes }))).toBe('409 deadline_not_passed');
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/assignments`))).toBe('409 deadline_not_passed');
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/shortlist`, { count: 2 }))).toBe('409 deadline_not_passed');
  });
  it('ranks and awards no concept note', async () => {
    expect(refusal(await p.manager.request('GET', `/api/calls/${callId}/ranking`))).toBe('409 concept_stage_no_award');
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/award`))).toBe('409 concept_stage_no_award');
  });
});

describe('the concept notes', () => {
  it('are checked and assessed after the deadline, on the 50-point concept-note grid', async () => {
    await setRules({ deadlineAt: ago(60_000) });
    expect(refusal(await leads.A!.request('POST', `/api/calls/${callId}/applications`))).toBe('409 call_deadline_passed');
    for (const l of letters) expect((await p.manager.request('PUT', `/api/applications/${app[l]}/admin-check`, { answers: yes })).json().status).toBe('evaluation');
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/shortlist`, { count: 2 }))).toBe('409 shortlist_concept_notes_pending');
    expect((await p.manager.request('POST', `/api/calls/${callId}/assignments`)).statusCode).toBe(200);
    let who = assessors[0]!;
    for (const a of assessors) if ((await assignmentsOf(a)).some((x) => x.applicationId === app.A)) who = a;
    const first = (await assignmentsOf(who)).find((x) => x.applicationId === app.A)!;
    await who.request('POST', `/api/assignments/${first.id}/declaration`, { noConflict: true });
    // A sheet of the full grid does not fit a concept note.
    expect((await who.request('POST', `/api/assignments/${first.id}/submit`, sheet(5))).statusCode).toBe(400);
    await who.request('POST', `/api/assignments/${first.id}/submit`, sheet(5, conceptNoteGrid()));
    expect((await assignmentsOf(who)).find((x) => x.applicationId === app.A)).toMatchObject({ total: 50, stage: 'concept' });
    await scoreAll({ [app.A!]: 5, [app.B!]: 4, [app.C!]: 3, [app.D!]: 2 }, conceptNoteGrid());
    for (const [l, v] of [['A', 5], ['B', 4], ['C', 3], ['D', 2]] as const) {
      const res = await p.manager.request('PUT', `/api/applications/${app[l]}/consensus`, consensusAt(v, undefined, conceptNoteGrid()));
      expect(res.json().consensus.total).toBe(v * 10);
    }
    expect(refusal(await p.manager.request('GET', `/api/calls/${callId}/ranking`))).toBe('409 concept_stage_no_award');
  });
  it('are shortlisted by programme managers only, on a two-stage call', async () => {
    expect(await statuses([anonymous, p.citizen, leads.A!, p.assessor], 'POST', `/api/calls/${callId}/shortlist`, { count: 2 })).toEqual([401, 403, 403, 403]);
    expect(await statuses([anonymous, p.citizen, leads.A!, p.assessor], 'GET', `/api/calls/${callId}/shortlist`)).toEqual([401, 403, 403, 403]);
    expect((await p.manager.request('POST', `/api/calls/${callId}/shortlist`, { count: 0 })).statusCode).toBe(400);
    expect(refusal(await p.manager.request('POST', `/api/calls/${oneStageId}/shortlist`, { count: 2 }))).toBe('409 call_not_two_stage');
    const view = (await p.manager.request('GET', `/api/calls/${callId}/shortlist`)).json();
    expect(view).toMatchObject({ stage: 'concept', threshold: 30, maxScore: 50, pending: 0 });
    expect(view.items.map((i: { total: number; aboveThreshold: boolean }) => `${i.total}:${i.aboveThreshold}`)).toEqual(['50:true', '40:true', '30:true', '20:false']);
  });
  it('refuse a shortlist nobody could answer in time, or with nobody above the threshold, and change nothing', async () => {
    const [c] = await t.ctx.db.select().from(calls).where(eq(calls.id, callId));
    await setRules({ fullDeadlineAt: ago(1000) });
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/shortlist`, { count: 2 }))).toBe('409 shortlist_full_deadline_passed');
    await setRules({ fullDeadlineAt: c!.rules.fullDeadlineAt, preSelectionThreshold: 51 });
    const empty = await p.manager.request('POST', `/api/calls/${callId}/shortlist`, { count: 2 });
    expect(refusal(empty)).toBe('409 shortlist_empty');
    expect(empty.json().params).toEqual({ threshold: 51, count: 2 });
    await setRules({ preSelectionThreshold: 30 });
    const rows = await t.ctx.db.select({ status: applications.status }).from(applications).where(eq(applications.callId, callId));
    expect(rows.map((r) => r.status)).toEqual(['evaluated', 'evaluated', 'evaluated', 'evaluated']);
  });
  it('shortlist the best above the threshold, as many as asked, and invite only their leads', async () => {
    const res = await p.manager.request('POST', `/api/calls/${callId}/shortlist`, { count: 2 });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { reference: string; shortlisted: boolean }) => i.shortlisted)).toEqual([true, true, false, false]);
    expect((await anonymous.request('GET', `/api/calls/${callId}`)).json().stage).toBe('full');
    const a = (await leads.A!.request('GET', `/api/applications/${app.A}`)).json();
    const fullDeadlineAt = (await p.manager.request('GET', `/api/calls/${callId}`)).json().rules.fullDeadlineAt;
    expect(a).toMatchObject({ status: 'shortlisted', stage: 'full', callDeadlineAt: fullDeadlineAt, conceptGrantCents: 90_000_00, problems: [] });
    expect((await leads.C!.request('GET', `/api/applications/${app.C}`)).json()).toMatchObject({ status: 'rejected', stage: 'concept' });
    const home = (await leads.A!.request('GET', '/api/me/home')).json() as { sections: { key: string; items: { id: string; status: string; due: string | null }[] }[] };
    expect(home.sections.find((x) => x.key === 'applications')!.items.find((i) => i.id === app.A)).toMatchObject({ status: 'shortlisted', due: fullDeadlineAt });
    expect(await kinds(leads.A!, app.A!)).toEqual(['application_shortlisted', 'application_eligible']);
    expect(await kinds(leads.B!, app.B!)).toContain('application_shortlisted');
    expect(await kinds(leads.C!, app.C!)).toEqual(['application_rejected', 'application_eligible']);
    expect(await kinds(leads.D!, app.D!)).not.toContain('application_shortlisted');
    const mails = await t.ctx.db.select().from(outbox).where(eq(outbox.to, 'lead.a@example.org'));
    const invitation = mails.filter((m) => /shortlisted|kısa liste/i.test(m.subject));
    expect(invitation).toHaveLength(1);
    expect(invitation[0]!.body).toContain('TWO/01-001');
    expect([formatIstanbul(fullDeadlineAt, 'en'), formatIstanbul(fullDeadlineAt, 'tr')].some((d) => invitation[0]!.body.includes(d))).toBe(true);
    expect((await t.ctx.db.select().from(outbox).where(eq(outbox.to, 'lead.c@example.org'))).filter((m) => /shortlisted|kısa liste/i.test(m.subject))).toEqual([]);
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/shortlist`, { count: 3 }))).toBe('409 call_not_concept_stage');
  });
});

describe('the full applications', () => {
  it('are written by the shortlisted leads only, within the ±20 % of their concept note', async () => {
    expect(refusal(await leads.C!.request('PATCH', `/api/applications/${app.C}`, { content: { titleEn: 'Again' } }))).toBe('409 application_not_draft');
    expect(refusal(await leads.C!.request('POST', `/api/calls/${callId}/applications`))).toBe('409 call_deadline_passed');
    const budget = [...validContent2018().budget, { heading: 'other', year: 1, description: 'Publicity', amountCents: 20_000_00 }];
    await leads.A!.request('PATCH', `/api/applications/${app.A}`, { content: { requestedGrantCents: 110_000_00, budget } });
    expect(fieldCodes(await leads.A!.request('POST', `/api/applications/${app.A}/submit`))).toEqual(['content.requestedGrantCents:grant_change_above_limit']);
    await leads.A!.request('PATCH', `/api/applications/${app.A}`, { content: { requestedGrantCents: 108_000_00 } });
    expect((await leads.A!.request('POST', `/api/applications/${app.A}/submit`)).json()).toMatchObject({ status: 'submitted', stage: 'full', version: 2 });
  });
  it('are checked, assessed and awarded only after the full-application deadline', async () => {
    expect(refusal(await p.manager.request('PUT', `/api/applications/${app.A}/admin-check`, { answers: yes }))).toBe('409 deadline_not_passed');
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/assignments`))).toBe('409 deadline_not_passed');
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/award`))).toBe('409 award_before_deadline');
    await setRules({ fullDeadlineAt: ago(60_000) });
    expect(fieldCodes(await leads.B!.request('POST', `/api/applications/${app.B}/submit`))).toEqual(['call.deadlineAt:deadline_passed']);
    expect((await p.manager.request('PUT', `/api/applications/${app.A}/admin-check`, { answers: yes })).json().status).toBe('evaluation');
    expect((await p.manager.request('POST', `/api/calls/${callId}/assignments`)).statusCode).toBe(200);
    await scoreAll({ [app.A!]: 4 }, call2018Rules().grid);
  });
  it('are exported with the concept sheets, each stage under its own grid’s sections (scores CSV read back)', async () => {
    const res = await p.manager.request('GET', `/api/calls/${callId}/exports/scores.csv`);
    expect(res.statusCode).toBe(200);
    const rows = parseCsv(res.body.replace(/^\uFEFF/, ''));
    const full = call2018Rules().grid;
    const concept = (rows[0] ? Object.keys(rows[0]) : []).filter((k) => k.startsWith('concept_section_'));
    expect(concept).toEqual(['concept_section_relevance', 'concept_section_design']);
    expect(Object.keys(rows[0]!).filter((k) => k.startsWith('section_'))).toEqual(full.sections.map((s) => `section_${s.key}`));
    const level: Record<string, number> = { '001': 5, '002': 4, '003': 3, '004': 2 };
    const conceptRows = rows.filter((r) => r.stage === 'concept');
    // Every concept note's sheets, the shortlisted ones' (moved aside at the shortlist) included.
    expect([...new Set(conceptRows.map((r) => r.reference))]).toEqual(['TWO/01-001', 'TWO/01-002', 'TWO/01-003', 'TWO/01-004']);
    for (const r of conceptRows) {
      const v = level[r.reference!.slice(-3)]!;
      expect(r).toMatchObject({ status: 'submitted', total: String(v * 10), concept_section_relevance: String(v * 6), concept_section_design: String(v * 4) });
      expect(full.sections.map((s) => r[`section_${s.key}`])).toEqual(full.sections.map(() => ''));
      expect(r.submitted_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    const fullRows = rows.filter((r) => r.stage === 'full');
    expect(fullRows.length).toBeGreaterThan(0);
    for (const r of fullRows) {
      expect(r).toMatchObject({ reference: 'TWO/01-001', total: '80', concept_section_relevance: '', concept_section_design: '' });
      for (const s of full.sections) expect(r[`section_${s.key}`]).toBe(String(s.criteria.reduce((n, c) => n + 4 * c.weight, 0)));
    }
    expect(rows).toHaveLength(conceptRows.length + fullRows.length);
  });
  it('are the only ones ranked and awarded', async () => {
    expect((await p.manager.request('PUT', `/api/applications/${app.A}/consensus`, consensusAt(4))).json().consensus.total).toBe(80);
    const ranking = (await p.manager.request('GET', `/api/calls/${callId}/ranking`)).json();
    expect(ranking.items.map((i: { reference: string }) => i.reference)).toEqual(['TWO/01-001']);
    await approveAndPropose(callId, p.manager, p.manager);
    const awarded = (await p.admin.request('POST', `/api/calls/${callId}/award`)).json();
    expect(awarded.items.map((i: { reference: string; outcome: string }) => `${i.reference}:${i.outcome}`)).toEqual(['TWO/01-001:awarded']);
    const rows = await t.ctx.db.select({ id: awards.applicationId, grantCents: awards.grantCents }).from(awards).where(eq(awards.callId, callId));
    expect(rows).toEqual([{ id: app.A, grantCents: 108_000_00 }]);
    const statuses = await t.ctx.db.select({ ref: applications.reference, status: applications.status, stage: applications.stage }).from(applications).where(eq(applications.callId, callId)).orderBy(applications.reference);
    expect(statuses.map((r) => `${r.ref.slice(-1)}:${r.stage}:${r.status}`)).toEqual(['1:full:awarded', '2:full:shortlisted', '3:concept:rejected', '4:concept:rejected']);
  });
});
