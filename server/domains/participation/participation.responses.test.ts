import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_MAX } from '../../../shared/participation';
import { Agent, refusal, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedUp } from '../accounts/accounts.testkit';
import { demoPeople } from '../grants/applications/grants.applications.testkit';
import { answerBody, moveDates, opened } from './participation.testkit';

let t: TestApp;
let p: Awaited<ReturnType<typeof demoPeople>>;
let c: Awaited<ReturnType<typeof opened>>;
let ids: string[];
let statements: string[];

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  p = await demoPeople(t);
  c = await opened(p.manager);
  ids = c.questions.map((q) => q.id);
  statements = c.statements.map((s) => s.id);
});
afterAll(() => t.close());

const url = () => `/api/consultations/${c.id}/responses`;

describe('one response per account', () => {
  it('takes a first response, refuses a second with 409, and lets the respondent change it until the close', async () => {
    const zeynep = await signedUp(t.app, 'zeynep@example.org', 'Zeynep Respondent');
    expect(refusal(await zeynep.request('PUT', url(), answerBody(ids, statements, 'academia', 'TR')))).toBe('409 no_response_yet');
    expect(refusal(await zeynep.request('GET', `${url()}/mine`))).toBe('404 not_found');
    const first = await zeynep.request('POST', url(), answerBody(ids, statements, 'academia', 'TR'));
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ group: 'academia', side: 'TR', answers: expect.arrayContaining([{ questionId: 'q3', value: 4 }]) });
    expect(refusal(await zeynep.request('POST', url(), answerBody(ids, statements, 'youth', 'TR')))).toBe('409 already_responded');
    const changed = await zeynep.request('PUT', url(), answerBody(ids, statements, 'youth', 'EU', 2));
    expect(changed.statusCode).toBe(200);
    expect((await zeynep.request('GET', `${url()}/mine`)).json()).toMatchObject({ group: 'youth', side: 'EU', answers: expect.arrayContaining([{ questionId: 'q1', optionIds: ['q1.o3'] }]) });
    expect((await new Agent(t.app).request('GET', `/api/consultations/${c.id}`)).json().respondents).toBe(1);
  });

  it('gives one 201 and one 409 to two posts at the same moment', async () => {
    const twice = await signedUp(t.app, 'twice@example.org', 'Twice Respondent');
    const both = await Promise.all([twice.request('POST', url(), answerBody(ids, [], 'citizen', 'TR')), twice.request('POST', url(), answerBody(ids, [], 'citizen', 'TR'))]);
    expect(both.map(refusal).sort()).toEqual(['201 ', '409 already_responded']);
  });

  it('needs a signed-in account', async () => {
    expect(refusal(await new Agent(t.app).request('POST', url(), answerBody(ids, [], 'citizen', 'TR')))).toBe('401 unauthorized');
  });
});

describe('open and closed', () => {
  it('takes no answers or changes once closed (409), nor before the opening', async () => {
    const later = await opened(p.manager);
    const mert = await signedUp(t.app, 'mert@example.org', 'Mert Respondent');
    expect((await mert.request('POST', `/api/consultations/${later.id}/responses`, answerBody(ids, [], 'private_sector', 'TR'))).statusCode).toBe(201);
    await moveDates(t, later.id, 'closed');
    expect(refusal(await p.citizen.request('POST', `/api/consultations/${later.id}/responses`, answerBody(ids, [], 'citizen', 'TR')))).toBe('409 consultation_closed');
    expect(refusal(await mert.request('PUT', `/api/consultations/${later.id}/responses`, answerBody(ids, [], 'youth', 'TR')))).toBe('409 consultation_closed');
    await moveDates(t, later.id, 'upcoming');
    expect(refusal(await p.citizen.request('POST', `/api/consultations/${later.id}/responses`, answerBody(ids, [], 'citizen', 'TR')))).toBe('409 consultation_not_open');
  });
});

describe('bad answers', () => {
  it('are 400s with field messages that store nothing: scale outside 1–5, ranking not a permutation, text over the limit, unknown question or option', async () => {
    const bad = await signedUp(t.app, 'bad@example.org', 'Bad Input');
    const base = answerBody(ids, statements, 'citizen', 'EU');
    const withAnswer = (i: number, a: object) => ({ ...base, answers: base.answers.map((x, j) => (j === i ? a : x)) });
    const fields = async (body: unknown) => {
      const res = await bad.request('POST', url(), body);
      expect(res.statusCode, res.body).toBe(400);
      return (res.json().fields as { path: string; code?: string }[]).map((f) => `${f.path}${f.code ? `:${f.code}` : ''}`);
    };
    expect(await fields(withAnswer(2, { questionId: 'q3', value: 6 }))).toEqual(['answers.2.value']);
    expect(await fields(withAnswer(2, { questionId: 'q3', value: 0 }))).toEqual(['answers.2.value']);
    expect(await fields(withAnswer(3, { questionId: 'q4', optionIds: ['q4.o1', 'q4.o1', 'q4.o2'] }))).toContain('answers.3.optionIds:ranking_not_permutation');
    expect(await fields(withAnswer(3, { questionId: 'q4', optionIds: ['q4.o1', 'q4.o2'] }))).toContain('answers.3.optionIds:ranking_not_permutation');
    expect(await fields(withAnswer(4, { questionId: 'q5', text: 'x'.repeat(TEXT_MAX + 1) }))).toEqual(['answers.4.text']);
    expect(await fields(withAnswer(0, { questionId: 'q1', optionIds: ['q1.o9'] }))).toContain('answers.0.optionIds.0:option_unknown');
    expect(await fields(withAnswer(0, { questionId: 'q9', optionIds: ['q1.o1'] }))).toContain('answers.0.questionId:question_unknown');
    expect(await fields({ ...base, answers: base.answers.slice(1) })).toContain('answers:required_missing');
    expect(await fields({ ...base, group: 'aliens' })).toEqual(['group']);
    expect(await fields({ ...base, newStatements: ['x'.repeat(281)] })).toEqual(['newStatements.0']);
    expect(refusal(await bad.request('GET', `${url()}/mine`))).toBe('404 not_found');
  });
});

describe('no respondent is ever identified', () => {
  it('carries no respondent id, name or e-mail, and no free text, in the consultation, the list or the results', async () => {
    const who = await signedUp(t.app, 'hidden.person@example.org', 'Hidden Person');
    const me = (await who.request('GET', '/api/auth/me')).json().user.id as string;
    expect((await who.request('POST', url(), answerBody(ids, statements, 'civil_society', 'EU', 1, 'A secret wish for a fountain'))).statusCode).toBe(201);
    for (const path of [`/api/consultations/${c.id}`, `/api/consultations/${c.id}/results`, '/api/consultations']) {
      const body = (await p.koln.request('GET', path)).body;
      for (const secret of [me, 'Hidden Person', 'hidden.person@example.org', 'A secret wish for a fountain', 'zeynep@example.org']) expect(body, `${path} ${secret}`).not.toContain(secret);
    }
    const results = (await new Agent(t.app).request('GET', `/api/consultations/${c.id}/results`)).json();
    expect(results.groups).toEqual(expect.arrayContaining([expect.objectContaining({ group: 'civil_society', side: 'EU', respondents: 1 })]));
    expect(results.respondents).toBeGreaterThanOrEqual(3);
    expect(results.questions.find((q: { id: string }) => q.id === 'q5').options).toEqual([]);
  });
});
