import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twinningGrid } from '../../../../shared/grants.grid';
import { pdfLines } from '../../../platform/pdf.testkit';
import { Agent, refusal, testApp, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn } from '../../accounts/accounts.testkit';
import { call, demoPeople, fieldCodes, officerOf, openRules, programme, statuses } from '../applications/grants.applications.testkit';
import { applicationInEvaluation, assignmentsOf, closeCall, EUR, newAssessor, sheet, userIdOf } from '../grants.testkit';

// The evaluation committee of one call through the API: its appointment and declarations, the score
// as the assessors' mean with a justified change, eliminatory capacity, the evaluation report (PDF in
// tr and en) and its approval, and the award proposed by one manager and confirmed by another.

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let pool: Agent[];
let secretary: Agent; // a programme manager seated as secretary
let voter: Agent; // a programme manager seated as a voting member
let officer: Agent;
let anonymous: Agent;
let callId = '';
const id: Record<string, string> = {};
const grid = twinningGrid();
const committeeUrl = () => `/api/calls/${callId}/committee`;
const declaration = { impartial: true, confidential: true };

async function manager(email: string): Promise<Agent> {
  const agent = await newAssessor(t, p.admin, email);
  await p.admin.request('PATCH', `/api/admin/users/${await userIdOf(agent)}/role`, { role: 'programme_manager' });
  return signedIn(t.app, email, 'correct horse battery');
}

/** Every assessor of an application declares and submits the sheets given (one per assessor, in turn). */
async function score(applicationId: string, sheets: ReturnType<typeof sheet>[]) {
  let i = 0;
  for (const who of pool)
    for (const a of (await assignmentsOf(who)).filter((x) => x.applicationId === applicationId)) {
      await who.request('POST', `/api/assignments/${a.id}/declaration`, { noConflict: true });
      const res = await who.request('POST', `/api/assignments/${a.id}/submit`, sheets[i++]);
      expect(res.statusCode, res.body).toBe(200);
    }
}
/** A sheet on the twinning grid at `v`, with some criteria set apart. */
function sheetOn(v: number, except: Record<string, number> = {}) {
  const s = sheet(v, grid);
  for (const [k, x] of Object.entries(except)) s.scores[k] = { score: x, comment: 'Reasoned comment.' };
  return s;
}

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  pool = [p.assessor, await signedIn(t.app, 'assessor2@twinbridge.demo'), await signedIn(t.app, 'assessor3@twinbridge.demo')];
  secretary = await manager('secretary@example.org');
  voter = await manager('voter@example.org');
  officer = await officerOf(t, p.admin, 'ankara.com@example.org', 'TR-BSB-06');
  anonymous = new Agent(t.app);
  callId = await call(p.manager, await programme(p.manager, 'COM'), 'COM/01', openRules({ budgetCents: 130_000 * EUR, grid, sameCountryExclusion: 'off' }));
  id.A = await applicationInEvaluation(t, callId, { reference: 'COM/01-A', lead: 'TR-BSB-06', theme: 'energy', grantCents: 90_000 * EUR });
  id.B = await applicationInEvaluation(t, callId, { reference: 'COM/01-B', lead: 'TR-BSB-07', theme: 'culture', grantCents: 80_000 * EUR });
  id.C = await applicationInEvaluation(t, callId, { reference: 'COM/01-C', lead: 'TR-BSB-16', theme: 'recycling', grantCents: 70_000 * EUR });
  await p.manager.request('POST', `/api/calls/${callId}/assignments`);
});
afterAll(async () => t.close());

describe('appointment and declarations', () => {
  it('only managers appoint; an even number of voting members, a seat held twice or an officer is refused with field messages', async () => {
    const ids = { chair: await userIdOf(p.manager), sec: await userIdOf(secretary), voting: [await userIdOf(p.assessor), await userIdOf(pool[1]!), await userIdOf(voter)] };
    const body = { chairId: ids.chair, secretaryId: ids.sec, votingIds: ids.voting };
    expect(await statuses([anonymous, officer, p.assessor], 'PUT', committeeUrl(), body)).toEqual([401, 403, 403]);
    const even = await p.manager.request('PUT', committeeUrl(), { ...body, votingIds: [...ids.voting, await userIdOf(pool[2]!)] });
    expect(fieldCodes(even)).toEqual(['votingIds:committee_voting_odd']);
    const twice = await p.manager.request('PUT', committeeUrl(), { ...body, votingIds: [ids.voting[0], ids.voting[1], ids.chair] });
    expect(fieldCodes(twice)).toEqual(['votingIds.2:committee_same_person']);
    const withOfficer = await p.manager.request('PUT', committeeUrl(), { ...body, secretaryId: await userIdOf(officer) });
    expect(fieldCodes(withOfficer)).toEqual(['secretaryId:committee_unknown_person']); // not among the people who may sit
    expect((await p.manager.request('GET', committeeUrl())).json().members).toEqual([]); // nothing half-written
    const seated = (await p.manager.request('PUT', committeeUrl(), body)).json();
    expect(seated.members.map((m: { role: string; declaredAt: string | null }) => `${m.role}:${m.declaredAt}`)).toEqual(['chair:null', 'secretary:null', 'voting:null', 'voting:null', 'voting:null']);
  });
  it('refuses every evaluation view to a member who has not signed, with 409', async () => {
    expect(refusal(await p.manager.request('GET', `/api/applications/${id.A}/evaluation`))).toBe('409 committee_declaration_missing');
    expect(refusal(await p.manager.request('GET', `/api/calls/${callId}/ranking`))).toBe('409 committee_declaration_missing');
    expect(refusal(await p.manager.request('GET', `/api/calls/${callId}/evaluation-report?lang=en`))).toBe('409 committee_declaration_missing');
    expect((await p.assessor.request('GET', committeeUrl())).json().scores).toEqual([]);
    // A voting assessor does not open an assigned application before signing either.
    const [mine] = await assignmentsOf(p.assessor);
    expect(refusal(await p.assessor.request('POST', `/api/assignments/${mine!.id}/declaration`, { noConflict: true }))).toBe('409 committee_declaration_missing');
    expect((await p.assessor.request('GET', `/api/assignments/${mine!.id}`)).json()).toMatchObject({ status: 'assigned', application: null });
    // A manager off the committee is not held by it.
    expect((await p.admin.request('GET', `/api/applications/${id.A}/evaluation`)).statusCode).toBe(200);
  });
  it('takes each member’s declaration once; nobody else signs; both parts must be affirmed', async () => {
    expect((await p.manager.request('POST', `${committeeUrl()}/declaration`, { impartial: true, confidential: false })).statusCode).toBe(400);
    expect(await statuses([p.admin, officer, pool[2]!, anonymous], 'POST', `${committeeUrl()}/declaration`, declaration)).toEqual([403, 403, 403, 401]);
    for (const who of [p.manager, secretary, p.assessor, pool[1]!, voter]) expect((await who.request('POST', `${committeeUrl()}/declaration`, declaration)).statusCode).toBe(200);
    expect(refusal(await p.manager.request('POST', `${committeeUrl()}/declaration`, declaration))).toBe('409 committee_declaration_made');
    const view = (await p.manager.request('GET', committeeUrl())).json();
    expect(view.members.every((m: { declaredAt: string | null }) => m.declaredAt)).toBe(true);
    expect((await p.manager.request('GET', `/api/applications/${id.A}/evaluation`)).statusCode).toBe(200);
  });
});

describe("the committee's score", () => {
  it('is the assessors’ mean; a change needs a written justification; only the chair or the secretary records it', async () => {
    await score(id.A!, [sheetOn(4), sheetOn(3)]);
    const url = `/api/applications/${id.A}/consensus`;
    expect(await statuses([voter, p.admin, p.assessor, officer], 'PUT', url, {})).toEqual([403, 403, 403, 403]);
    const unjustified = await p.manager.request('PUT', url, { changes: { design: { score: 15, justification: ' ' } } });
    expect(unjustified.statusCode).toBe(400);
    const mean = (await p.manager.request('PUT', url, {})).json().consensus;
    expect(mean).toMatchObject({ total: 70, passed: true, eliminatedBy: null });
    expect(mean.sections.design).toEqual({ score: 10.5, average: 10.5, justification: '' });
    const changed = (await secretary.request('PUT', url, { changes: { design: { score: 12, justification: 'Annex 3 sets out the work plan both assessors missed.' } } })).json().consensus;
    expect(changed).toMatchObject({ total: 71.5, passed: true });
    expect(changed.sections.design).toEqual({ score: 12, average: 10.5, justification: 'Annex 3 sets out the work plan both assessors missed.' });
  });
  it('eliminates a capacity sub-criterion scored 1 by its assessors, and a capacity below 12 of 20; neither ranks', async () => {
    await score(id.B!, [sheetOn(5, { capacity_2: 1 }), sheetOn(5, { capacity_2: 1 })]);
    await score(id.C!, [sheetOn(4, { capacity_1: 2, capacity_2: 2, capacity_3: 3, capacity_4: 3 }), sheetOn(4, { capacity_1: 2, capacity_2: 2, capacity_3: 3, capacity_4: 3 })]);
    expect((await p.manager.request('PUT', `/api/applications/${id.B}/consensus`, {})).json().consensus).toMatchObject({ passed: false, eliminatedBy: 'capacity' });
    const c = (await p.manager.request('PUT', `/api/applications/${id.C}/consensus`, {})).json().consensus;
    expect(c).toMatchObject({ passed: false, eliminatedBy: 'capacity', total: 74 });
    const ranking = (await p.manager.request('GET', `/api/calls/${callId}/ranking`)).json();
    expect(ranking.items.filter((i: { rank: number | null }) => i.rank !== null).map((i: { reference: string }) => i.reference)).toEqual(['COM/01-A']);
  });
});

describe('evaluation report and four eyes on the award', () => {
  it('waits for the approved report before any award, and is approved by the chair or a manager who is not the secretary', async () => {
    await closeCall(t, callId);
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/award/proposal`))).toBe('409 award_report_not_approved');
    expect(refusal(await p.admin.request('POST', `/api/calls/${callId}/award`))).toBe('409 award_report_not_approved');
    const approve = `/api/calls/${callId}/evaluation-report/approval`;
    expect(await statuses([secretary, p.assessor, officer, anonymous], 'POST', approve)).toEqual([403, 403, 403, 401]);
    const approved = (await p.manager.request('POST', approve)).json();
    expect(approved).toMatchObject({ reportApprovedAt: expect.any(String), reportApprovedBy: 'Demo Programme Manager' });
    expect(refusal(await p.admin.request('POST', approve))).toBe('409 committee_report_approved');
    expect(refusal(await secretary.request('PUT', `/api/applications/${id.A}/consensus`, {}))).toBe('409 committee_report_approved');
    expect(refusal(await p.manager.request('PUT', committeeUrl(), { chairId: await userIdOf(p.manager), secretaryId: await userIdOf(secretary), votingIds: [await userIdOf(voter), await userIdOf(p.assessor), await userIdOf(pool[1]!)] }))).toBe('409 committee_report_approved');
  });
  it('writes the report in Turkish and English: committee, declarations, ranked averages, the justified change, awards and reserve', async () => {
    expect(await statuses([officer, pool[2]!, anonymous], 'GET', `/api/calls/${callId}/evaluation-report?lang=tr`)).toEqual([403, 403, 401]);
    const tr = await p.assessor.request('GET', `/api/calls/${callId}/evaluation-report?lang=tr`); // a voting member who signed
    expect(tr.headers['content-type']).toBe('application/pdf');
    const trText = (await pdfLines(tr.rawPayload)).join('\n');
    for (const s of ['Değerlendirme raporu – COM/01', 'Başkan (oy hakkı yok): Demo Programme Manager', 'tarafsızlık ve gizlilik beyanı imzalandı', 'Sıralı liste', '1. COM/01-A', '70 · 71,5', 'ortalama 10,5 → 12', 'Annex 3 sets out the work plan both assessors missed.', 'Barajı geçemeyen başvurular', 'COM/01-B', 'Mali ve operasyonel kapasite', 'Önerilen hibeler', 'Yedek liste'])
      expect(trText).toContain(s);
    const en = (await pdfLines((await p.manager.request('GET', `/api/calls/${callId}/evaluation-report?lang=en`)).rawPayload)).join('\n');
    for (const s of ['Evaluation report – COM/01', 'Approved on', 'Secretary (non-voting)', 'Voting member', 'declaration of impartiality and confidentiality signed', 'average 10.5 → 12', 'Proposed awards', '1. COM/01-A', 'Financial and operational capacity'])
      expect(en).toContain(s);
  });
  it('is proposed by one manager and confirmed by another who did not evaluate in the call', async () => {
    expect(refusal(await p.admin.request('POST', `/api/calls/${callId}/award`))).toBe('409 award_not_proposed');
    expect(await statuses([officer, p.assessor, anonymous], 'POST', `/api/calls/${callId}/award/proposal`)).toEqual([403, 403, 401]);
    const proposed = (await p.manager.request('POST', `/api/calls/${callId}/award/proposal`)).json();
    expect(proposed).toMatchObject({ awardProposedBy: 'Demo Programme Manager', decided: false });
    expect(refusal(await secretary.request('POST', `/api/calls/${callId}/award/proposal`))).toBe('409 award_already_proposed');
    expect(refusal(await p.manager.request('POST', `/api/calls/${callId}/award`))).toBe('403 forbidden'); // the proposer
    expect(refusal(await voter.request('POST', `/api/calls/${callId}/award`))).toBe('403 forbidden'); // a voting member evaluated
    expect(await statuses([officer, p.assessor, anonymous], 'POST', `/api/calls/${callId}/award`)).toEqual([403, 403, 401]);
    const awarded = (await secretary.request('POST', `/api/calls/${callId}/award`)).json();
    expect(awarded).toMatchObject({ decided: true, awardedCents: 90_000 * EUR });
    expect(awarded.items.map((i: { reference: string; outcome: string }) => `${i.reference.slice(-1)}:${i.outcome}`)).toEqual(['A:awarded', 'B:rejected', 'C:rejected']);
    expect(refusal(await p.admin.request('POST', `/api/calls/${callId}/award`))).toBe('409 call_already_awarded');
  });
});
