import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Results } from '../../../../shared/participation';
import { testApp, type Agent, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedUp } from '../../accounts/accounts.testkit';
import { demoPeople } from '../../grants/applications/grants.applications.testkit';
import { consultationResults } from '../participation.results';
import { cachedResults, RULES_VERSION } from './participation.cache';
import { computeResults } from '../participation.decision';
import { consultationResponses, consultationResultsCache } from '../participation.schema';
import { answerBody, moveDates, opened } from '../participation.testkit';

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let people: Agent[];

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  people = await Promise.all([1, 2, 3].map((i) => signedUp(t.app, `cache${i}@example.org`, `Cache ${i}`)));
});
afterAll(() => t.close());

const results = async (id: string): Promise<Results> => (await p.manager.request('GET', `/api/consultations/${id}/results`)).json();
const cacheRow = async (id: string) => (await t.ctx.db.select().from(consultationResultsCache).where(eq(consultationResultsCache.consultationId, id)))[0];
/** Mark the cached row so a test can tell a hit (the mark shows) from a fresh computation. */
const mark = (id: string) => t.ctx.db.update(consultationResultsCache).set({ results: sql`jsonb_set(results, '{respondents}', '999')` }).where(eq(consultationResultsCache.consultationId, id));
const singleRaw = (r: Results) => r.questions[0]!.options.map((o) => o.raw);

async function answered() {
  const c = await opened(p.manager);
  const q = c.questions.map((x) => x.id);
  const s = c.statements.map((x) => x.id);
  await people[0]!.request('POST', `/api/consultations/${c.id}/responses`, answerBody(q, s, 'citizen', 'TR', 0));
  await people[1]!.request('POST', `/api/consultations/${c.id}/responses`, answerBody(q, s, 'academia', 'EU', 1));
  return { id: c.id, q, s };
}

describe('cached results', () => {
  it('are the same as a fresh computation, stored with a fingerprint, and served from the row while nothing changed', async () => {
    const { id } = await answered();
    expect(await cacheRow(id)).toBeUndefined();
    const first = await results(id);
    expect(first).toEqual(await computeResults(t.ctx, id));
    expect(first.respondents).toBe(2);
    const row = await cacheRow(id);
    expect(row?.fingerprint).toMatch(/^r1\|2:/);
    expect(row?.results).toEqual(first);
    await mark(id);
    expect((await results(id)).respondents).toBe(999); // a hit: the row, not a computation
  });

  it('refresh on a new response, a changed response, an accepted statement and a published decision', async () => {
    const { id, q, s } = await answered();
    await results(id);
    await mark(id);
    await people[2]!.request('POST', `/api/consultations/${id}/responses`, { ...answerBody(q, s, 'youth', 'TR', 2), newStatements: ['Keep a corner for skaters'] });
    const afterNew = await results(id);
    expect([afterNew.respondents, singleRaw(afterNew)]).toEqual([3, [1, 1, 1]]);

    await mark(id);
    expect((await people[2]!.request('PUT', `/api/consultations/${id}/responses`, answerBody(q, s, 'youth', 'TR', 0))).statusCode).toBe(200);
    const afterChange = await results(id);
    expect([afterChange.respondents, singleRaw(afterChange)]).toEqual([3, [2, 1, 0]]);

    await mark(id);
    const [pending] = (await p.manager.request('GET', `/api/consultations/${id}/statements/pending`)).json().items;
    expect((await p.manager.request('POST', `/api/consultations/${id}/statements/${pending.id}/decision`, { accept: true })).statusCode).toBe(200);
    const afterAccept = await results(id);
    expect([afterAccept.respondents, afterAccept.statements.map((x) => x.text).at(-1)]).toEqual([3, 'Keep a corner for skaters']);

    await mark(id);
    await moveDates(t, id, 'closed');
    const text = { en: 'We build the skate corner', tr: 'Kaykay köşesini yapıyoruz' };
    expect((await p.manager.request('POST', `/api/consultations/${id}/decision`, { text })).statusCode).toBe(200);
    const afterDecision = await results(id);
    expect([afterDecision.respondents, afterDecision.decision?.text]).toEqual([3, text]);
    expect(afterDecision).toEqual(await computeResults(t.ctx, id));
  });

  it('are never served stale, even after a write that touches no timestamp or a row with another fingerprint', async () => {
    const { id, q } = await answered();
    await results(id);
    await mark(id);
    // A write path that forgets updated_at (raw SQL): the row's transaction id still changes the fingerprint.
    const moved = [{ questionId: q[0], optionIds: [`${q[0]}.o3`] }];
    await t.ctx.db.execute(sql`update consultation_responses set answers = ${JSON.stringify(moved)}::jsonb where consultation_id = ${id} and stakeholder_group = 'citizen'`);
    const fresh = await results(id);
    expect([fresh.respondents, singleRaw(fresh)]).toEqual([2, [0, 1, 1]]);
    await t.ctx.db.update(consultationResultsCache).set({ fingerprint: 'r1|0:0:0' }).where(eq(consultationResultsCache.consultationId, id));
    await mark(id);
    expect((await results(id)).respondents).toBe(2);
    const [any] = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(consultationResponses).where(eq(consultationResponses.consultationId, id));
    expect(any?.n).toBe(2);
  });

  it('recompute a row that no longer fits the results schema instead of failing', async () => {
    const { id } = await answered();
    await results(id);
    await t.ctx.db.update(consultationResultsCache).set({ results: { respondents: 'many' } }).where(eq(consultationResultsCache.consultationId, id));
    expect((await results(id)).respondents).toBe(2);
    expect((await cacheRow(id))?.results).toMatchObject({ respondents: 2 });
  });

  it('survive two misses at once: both compute, both store, neither fails', async () => {
    const { id } = await answered();
    const slow = async () => {
      await new Promise((r) => setTimeout(r, 20));
      return computeResults(t.ctx, id);
    };
    const [a, b] = await Promise.all([cachedResults(t.ctx.db, id, slow), cachedResults(t.ctx.db, id, slow)]);
    expect(a).toEqual(b);
    expect((await cacheRow(id))?.results).toEqual(a);
    const viaApi = await Promise.all([results(id), results(id), results(id)]);
    expect(viaApi.map((r) => r.respondents)).toEqual([2, 2, 2]);
  });

  it('carry a rules version that moves with the rules: figures that change need RULES_VERSION bumped, or old rows would be served', () => {
    const o = (id: string) => ({ id, label: { tr: id, en: id } });
    const questions = [
      { id: 'q1', kind: 'single' as const, prompt: { tr: 'a', en: 'a' }, required: true, options: [o('q1.o1'), o('q1.o2')] },
      { id: 'q2', kind: 'scale' as const, prompt: { tr: 'b', en: 'b' }, required: false, options: [] },
      { id: 'q3', kind: 'ranking' as const, prompt: { tr: 'c', en: 'c' }, required: false, options: [o('q3.o1'), o('q3.o2'), o('q3.o3')] },
    ];
    const groups = ['citizen', 'citizen', 'citizen', 'youth', 'academia', 'academia'] as const;
    const responses = groups.map((group, i) => ({
      group,
      side: i % 2 ? ('EU' as const) : ('TR' as const),
      answers: [{ questionId: 'q1', optionIds: [`q1.o${(i % 2) + 1}`] }, { questionId: 'q2', value: (i % 5) + 1 }, { questionId: 'q3', optionIds: i % 3 ? ['q3.o1', 'q3.o2', 'q3.o3'] : ['q3.o3', 'q3.o1', 'q3.o2'] }],
      votes: [{ statementId: 's1', vote: (['agree', 'disagree', 'pass'] as const)[i % 3]! }],
    }));
    const figures = consultationResults({ questions, statements: [{ id: 's1', text: 'x', byRespondent: false }], minGroupSize: 2 }, responses);
    const digest = createHash('sha256').update(JSON.stringify(figures)).digest('hex').slice(0, 16);
    // When this fails after a change of the results rules: bump RULES_VERSION, then put the new digest here.
    expect({ RULES_VERSION, digest }).toEqual({ RULES_VERSION: 'r1', digest: '4728248d0b80a227' });
  });
});
