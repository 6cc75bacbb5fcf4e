import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentProblem } from '../../../platform/uploads';
import { testApp, type Agent, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn } from '../../accounts/accounts.testkit';
import { adminCheckOutcome } from '../../../../shared/grants.eligibility.rules';
import { seedDemoProgramme } from './grants.demo';
import { adminChecks, applications, applicationVersions, assignments, awards, calls, committeeMembers, consensusScores, evaluationReports } from '../grants.schema';
import { committeeProblems, committeeScore } from '../evaluation/committee.rules';
import { listUsers } from '../../accounts/accounts.admin';
import { stageDeadlineAt } from '../../../../shared/grants.concept';
import { assignmentsOf } from '../grants.testkit';

// Invariants of the seeded demo programme, over every application: its state agrees with its
// administrative check, and the calls' grids are real criteria with guidance. What an assessor
// meets in the demo (TWIN-DEMO/02-005) reads as a real application.

let t: TestApp;
let assessor: Agent;

/** States an application reaches only through a completed check that found it eligible. */
const PASSED_CHECK = new Set(['evaluation', 'evaluated', 'shortlisted', 'awarded', 'reserve', 'rejected', 'declined']);

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  expect(await seedDemoProgramme(t.ctx)).toBe(true);
  assessor = await signedIn(t.app, 'assessor@twinbridge.demo');
});
afterAll(async () => t.close());

describe('the demo programme', () => {
  it('puts no application past the administrative check without a completed check', async () => {
    const rows = await t.ctx.db.select({ reference: applications.reference, status: applications.status, answers: adminChecks.answers, eligible: adminChecks.eligible })
      .from(applications).leftJoin(adminChecks, eq(adminChecks.applicationId, applications.id)).orderBy(applications.reference);
    expect(rows.length).toBeGreaterThan(30);
    const wrong: string[] = [];
    for (const r of rows) {
      const outcome = r.answers ? adminCheckOutcome(r.answers) : null;
      const ok = PASSED_CHECK.has(r.status) ? outcome?.complete === true && outcome.eligible && r.eligible === true
        : r.status === 'ineligible' ? outcome?.complete === true && !outcome.eligible && r.eligible === false
          : r.status === 'admin_check' ? outcome !== null && r.eligible === null
            : ['draft', 'submitted'].includes(r.status) ? outcome === null
              : r.status === 'withdrawn';
      if (!ok) wrong.push(`${r.reference} ${r.status} ${JSON.stringify(outcome)}`);
    }
    expect(wrong).toEqual([]);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['draft', 'submitted', 'admin_check', 'evaluation', 'ineligible', 'withdrawn', 'rejected', 'reserve', 'awarded', 'declined']));
  });

  it('dates every submission before its deadline, and every check and assessment after it', async () => {
    const rows = await t.ctx.db.select({ reference: applications.reference, stage: applications.stage, submittedAt: applications.submittedAt, rules: calls.rules, callStage: calls.stage })
      .from(applications).innerJoin(calls, eq(calls.id, applications.callId));
    const late = rows.filter((r) => r.submittedAt && r.submittedAt.getTime() > Date.parse(stageDeadlineAt(r.rules, r.stage)));
    expect(rows.filter((r) => r.submittedAt).length).toBeGreaterThan(30);
    expect(late.map((r) => r.reference)).toEqual([]);
    const versions = await t.ctx.db.select({ reference: applications.reference, stage: applicationVersions.stage, at: applicationVersions.submittedAt, rules: calls.rules })
      .from(applicationVersions).innerJoin(applications, eq(applications.id, applicationVersions.applicationId)).innerJoin(calls, eq(calls.id, applications.callId));
    expect(versions.filter((v) => v.at.getTime() > Date.parse(stageDeadlineAt(v.rules, v.stage))).map((v) => v.reference)).toEqual([]);
    const checks = await t.ctx.db.select({ reference: applications.reference, at: adminChecks.checkedAt, rules: calls.rules, stage: applications.stage })
      .from(adminChecks).innerJoin(applications, eq(applications.id, adminChecks.applicationId)).innerJoin(calls, eq(calls.id, applications.callId));
    expect(checks.filter((c) => c.at.getTime() <= Date.parse(stageDeadlineAt(c.rules, c.stage))).map((c) => c.reference)).toEqual([]);
    const sheets = await t.ctx.db.select({ reference: applications.reference, created: assignments.createdAt, declared: assignments.declaredAt, rules: calls.rules, stage: applications.stage })
      .from(assignments).innerJoin(applications, eq(applications.id, assignments.applicationId)).innerJoin(calls, eq(calls.id, applications.callId));
    expect(sheets.filter((s) => [s.created, s.declared].some((d) => d && d.getTime() <= Date.parse(stageDeadlineAt(s.rules, s.stage)))).map((s) => s.reference)).toEqual([]);
  });

  it('awards only full applications submitted in time', async () => {
    const rows = await t.ctx.db.select({ reference: applications.reference, stage: applications.stage, submittedAt: applications.submittedAt, rules: calls.rules })
      .from(awards).innerJoin(applications, eq(applications.id, awards.applicationId)).innerJoin(calls, eq(calls.id, applications.callId));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.stage !== 'full').map((r) => r.reference)).toEqual([]);
    expect(rows.filter((r) => !r.submittedAt || r.submittedAt.getTime() > Date.parse(r.rules.deadlineAt)).map((r) => r.reference)).toEqual([]);
    const versions = await t.ctx.db.select({ stage: applicationVersions.stage }).from(awards).innerJoin(applicationVersions, eq(applicationVersions.applicationId, awards.applicationId));
    expect(new Set(versions.map((v) => v.stage))).toEqual(new Set(['full']));
  });

  it('awarded its call as the platform would: a declared committee, 1–5 sheets, the assessors’ mean, an approved report, four eyes', async () => {
    const [call] = await t.ctx.db.select().from(calls).where(eq(calls.status, 'awarded'));
    const members = await t.ctx.db.select().from(committeeMembers).where(eq(committeeMembers.callId, call!.id));
    const role = (r: string) => members.filter((m) => m.role === r).map((m) => m.userId);
    const input = { chairId: role('chair')[0]!, secretaryId: role('secretary')[0]!, votingIds: role('voting') };
    const people = new Map((await listUsers(t.ctx.db, { limit: 1000, offset: 0 })).items.map((u) => [u.id, { role: u.role, disabled: u.disabled }]));
    expect(committeeProblems(input, people)).toEqual([]);
    const sheets = await t.ctx.db.select({ applicationId: assignments.applicationId, scores: assignments.scores, declaredAt: assignments.declaredAt })
      .from(assignments).innerJoin(applications, eq(applications.id, assignments.applicationId)).where(eq(applications.callId, call!.id));
    const firstRead = Math.min(...sheets.map((x) => x.declaredAt!.getTime()));
    expect(members.every((m) => m.declaredAt && m.declaredAt.getTime() < firstRead)).toBe(true);
    expect(sheets.flatMap((x) => Object.values(x.scores).map((v) => v.score)).filter((v) => v < 1)).toEqual([]);
    const recorded = await t.ctx.db.select().from(consensusScores).innerJoin(applications, eq(applications.id, consensusScores.applicationId)).where(eq(applications.callId, call!.id));
    expect(recorded.length).toBeGreaterThan(20);
    for (const r of recorded) {
      const mine = sheets.filter((x) => x.applicationId === r.consensus_scores.applicationId).map((x) => x.scores);
      const expected = committeeScore(call!.rules.grid, mine, {});
      expect([r.consensus_scores.total, r.consensus_scores.passed]).toEqual([expected.total, expected.passed]);
    }
    const [report] = await t.ctx.db.select().from(evaluationReports).where(eq(evaluationReports.callId, call!.id));
    const lastScore = Math.max(...recorded.map((r) => r.consensus_scores.recordedAt.getTime()));
    expect(report!.approvedAt!.getTime()).toBeGreaterThan(lastScore);
    expect(report!.awardProposedAt!.getTime()).toBeLessThan(call!.awardedAt!.getTime());
    expect(members.find((m) => m.userId === report!.approvedBy)?.role).toBe('chair');
  });

  it('scores every call on real criteria with guidance in English and Turkish, 100 points', async () => {
    const calls = (await t.app.inject({ method: 'GET', url: '/api/calls' })).json().items as { id: string }[];
    expect(calls.length).toBe(3);
    for (const { id } of calls) {
      const grid = (await t.app.inject({ method: 'GET', url: `/api/calls/${id}` })).json().rules.grid as { sections: { key: string; titleEn: string; criteria: { titleEn: string; titleTr: string; guidanceEn?: string; guidanceTr?: string; maxScore: number; weight: number }[] }[] };
      expect(grid.sections.map((s) => s.key)).toEqual(['capacity', 'relevance', 'design', 'implementation', 'sustainability', 'budget']);
      const criteria = grid.sections.flatMap((s) => s.criteria.map((c) => ({ ...c, section: s.titleEn })));
      expect(criteria.reduce((sum, c) => sum + c.maxScore * c.weight, 0)).toBe(100);
      for (const c of criteria) {
        // A placeholder repeats its section's title with a number ("Relevance of the action 1").
        expect(c.titleEn.startsWith(c.section)).toBe(false);
        expect(c.titleEn).not.toMatch(/\d$/);
        expect(c.guidanceEn?.length ?? 0).toBeGreaterThan(40);
        expect(c.guidanceTr?.length ?? 0).toBeGreaterThan(40);
      }
    }
  });

  it('lets the demo assessor read TWIN-DEMO/02-005 whole after the declaration', async () => {
    const mine = await assignmentsOf(assessor);
    const a = mine.find((x) => x.reference === 'TWIN-DEMO/02-005')!;
    expect(a).toMatchObject({ status: 'assigned', application: null });
    const res = (await assessor.request('POST', `/api/assignments/${a.id}/declaration`, { noConflict: true })).json();
    expect(res.application.content.budget.length).toBeGreaterThan(2);
    expect(res.application.content.indicators.length).toBeGreaterThan(0);
    expect(res.application.partners).toHaveLength(1);
    const files = (await assessor.request('GET', `/api/applications/${a.applicationId}/files`)).json().items as { id: string; filename: string; contentType: string }[];
    expect(files.map((f) => f.filename)).toEqual(['partnership-declaration.pdf']);
    const pdf = await assessor.request('GET', `/api/applications/${a.applicationId}/files/${files[0]!.id}`);
    expect(pdf.statusCode).toBe(200);
    // A document the platform itself would accept as an upload, naming the application it belongs to.
    expect(attachmentProblem({ filename: files[0]!.filename, contentType: files[0]!.contentType, bytes: pdf.rawPayload })).toBeNull();
    expect(pdf.rawPayload.toString('latin1')).toContain('(Partnership declaration - TWIN-DEMO/02-005)');
    // assessor3 assesses none of the open call's applications.
    const other = await signedIn(t.app, 'assessor3@twinbridge.demo');
    expect((await assignmentsOf(other)).filter((x) => x.reference.startsWith('TWIN-DEMO/02-'))).toEqual([]);
    expect((await other.request('GET', `/api/applications/${a.applicationId}/files/${files[0]!.id}`)).statusCode).toBe(404);
  });

  it('publishes a project led by a governorate, with its town partner', async () => {
    const items = (await t.app.inject({ method: 'GET', url: '/api/projects?limit=100' })).json().items as { lead: { code: string; name: string; province: string | null }; partners: { country: string }[] }[];
    const led = items.filter((p) => p.lead.code.startsWith('TR-VAL-'));
    expect(led).toHaveLength(1);
    expect(led[0]!.lead.name).toMatch(/ Valiliği$/);
    expect(led[0]!.lead.province).not.toBeNull();
    expect(led[0]!.partners[0]!.country).not.toBe('TR');
  });
});
