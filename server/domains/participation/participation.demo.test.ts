import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultationInput, STAKEHOLDER_GROUPS } from '../../../shared/participation';
import { Agent, refusal, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedUp } from '../accounts/accounts.testkit';
import { DEMO_CONSULTATION, demoResponses } from './participation.demo.data';
import { demoConsultationHook, seedDemoConsultation } from './participation.demo';
import { consultationResults } from './participation.results';
import { withIds } from './participation.service';

describe('the demo consultation’s data', () => {
  const questions = withIds(DEMO_CONSULTATION.questions);
  const statements = DEMO_CONSULTATION.statements.map((text, i) => ({ id: `s${i}`, text, byRespondent: false }));
  const responses = demoResponses(questions.map((q) => q.id), statements.map((s) => s.id));
  const results = consultationResults({ questions, statements, minGroupSize: DEMO_CONSULTATION.minGroupSize }, responses);

  it('is a valid consultation with a question of every kind and six statements', () => {
    const now = Date.now();
    expect(consultationInput.safeParse({ ...DEMO_CONSULTATION, opensAt: new Date(now).toISOString(), closesAt: new Date(now + 1000).toISOString(), link: null }).success).toBe(true);
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(['single', 'multiple', 'scale', 'ranking', 'text']));
    expect(statements.length).toBeGreaterThanOrEqual(6);
  });

  it('has weighed answers from every group on both sides', () => {
    for (const group of STAKEHOLDER_GROUPS)
      for (const side of ['TR', 'EU'])
        expect(results.groups.find((g) => g.group === group && g.side === side), `${group} ${side}`).toMatchObject({ weighed: true, respondents: expect.any(Number) });
  });

  it('shows a raw winner (youth exchanges) that balancing overturns (the joint office)', () => {
    const q1 = results.questions.find((q) => q.id === 'q1')!;
    const top = (key: 'rawShare' | 'balancedShare') => [...q1.options].sort((a, b) => b[key] - a[key])[0]!.id;
    expect([q1.differs, top('rawShare'), top('balancedShare')]).toEqual([true, 'q1.o1', 'q1.o2']);
  });

  it('ranges from common ground to division', () => {
    const spread = results.statements.map((s) => s.divisiveness);
    expect(Math.min(...spread)).toBeLessThan(0.2);
    expect(Math.max(...spread)).toBeGreaterThan(0.5);
  });
});

describe('seeding the demo consultation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
    await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  });
  afterAll(() => t.close());

  it('is off outside demo mode, seeds once in demo mode, and is open to answer with its results shown', async () => {
    await demoConsultationHook(t.ctx); // the harness runs with demo off
    const anonymous = new Agent(t.app);
    expect((await anonymous.request('GET', '/api/consultations')).json().items).toEqual([]);
    t.ctx.config.demo = true;
    expect(await seedDemoConsultation(t.ctx)).toBe(true);
    expect(await seedDemoConsultation(t.ctx)).toBe(false);
    const items = (await anonymous.request('GET', '/api/consultations')).json().items;
    expect(items.map((c: { demo: boolean; status: string; respondents: number }) => [c.demo, c.status, c.respondents])).toEqual([[true, 'open', 50]]);
    const results = (await anonymous.request('GET', `/api/consultations/${items[0].id}/results`)).json();
    expect(results.questions[0].differs).toBe(true);
    const newcomer = await signedUp(t.app, 'newcomer@example.org', 'New Comer');
    const answer = { group: 'citizen', side: 'TR', answers: [{ questionId: 'q1', optionIds: ['q1.o3'] }], votes: [] };
    expect((await newcomer.request('POST', `/api/consultations/${items[0].id}/responses`, answer)).statusCode).toBe(201);
    t.ctx.config.demo = false;
    expect(refusal(await anonymous.request('GET', `/api/consultations/${items[0].id}`))).toBe('404 not_found');
  });
});
