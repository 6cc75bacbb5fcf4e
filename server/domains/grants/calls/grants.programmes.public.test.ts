import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app';
import { createContext } from '../../../context';
import { LocalBus } from '../../../platform/changes';
import { localExclusive } from '../../../platform/cluster.lock';
import { testApp, type Agent, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { signedIn } from '../../accounts/accounts.testkit';
import { GRANTS_PUBLIC_CHANGED } from '../grants.answers';
import { insertProject } from '../grants.stats.testkit';
import { call, openRules, programme } from '../applications/grants.applications.testkit';
import { nextOpenChange } from './open.rules';

// The public programme pages and project lists are kept ready to send (grants.answers.ts): a change
// made through the API is in the next answer, in this process and in another one on the same
// database (two apps on one bus, as two processes on one PostgreSQL are); managers' draft calls never
// reach the public answer.

let t: TestApp;
let manager: Agent;
let officer: Agent;
const anonymous = async (app: FastifyInstance, url: string) => (await app.inject({ method: 'GET', url })).json();

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  manager = await signedIn(t.app, 'manager@twinbridge.demo');
  officer = await signedIn(t.app, 'istanbul@twinbridge.demo');
});
afterAll(async () => t.close());

describe('kept public programme pages', () => {
  it('show a programme edit and a call published at once, and never show a draft call to anyone but managers', async () => {
    const id = await programme(manager, 'KEPT-1');
    expect((await anonymous(t.app, '/api/programmes')).items.map((p: { code: string }) => p.code)).toContain('KEPT-1');
    expect((await anonymous(t.app, `/api/programmes/${id}`)).titleEn).toBe('Programme KEPT-1');

    const draft = await call(manager, id, 'KEPT-1/01', openRules(), false);
    // The manager's page (with the draft) is not the one the public is served, before or after.
    expect((await manager.request('GET', `/api/programmes/${id}`)).json().calls.map((c: { id: string }) => c.id)).toEqual([draft]);
    expect((await anonymous(t.app, `/api/programmes/${id}`)).calls).toEqual([]);
    expect((await officer.request('GET', `/api/programmes/${id}`)).json().calls).toEqual([]);
    expect((await manager.request('GET', `/api/programmes/${id}`)).json().calls).toHaveLength(1);

    const edit = { titleEn: 'Renamed programme', titleTr: 'Yeni adı', budgetCents: 100_000_000_00 };
    expect((await manager.request('PUT', `/api/programmes/${id}`, edit)).statusCode).toBe(200);
    expect((await anonymous(t.app, `/api/programmes/${id}`)).titleEn).toBe('Renamed programme');
    expect((await anonymous(t.app, '/api/programmes')).items.find((p: { id: string }) => p.id === id).titleEn).toBe('Renamed programme');

    expect((await manager.request('POST', `/api/calls/${draft}/publish`)).statusCode).toBe(200);
    expect((await anonymous(t.app, `/api/programmes/${id}`)).calls).toMatchObject([{ id: draft, status: 'published', open: true }]);
  });

  it('announces a programme edit to the other processes, and not a draft edit (only its own people see a draft)', async () => {
    const id = await programme(manager, 'KEPT-2');
    const open = await call(manager, id, 'KEPT-2/01', openRules());
    const draft = (await officer.request('POST', `/api/calls/${open}/applications`)).json().id as string;
    const told: string[] = [];
    const publish = t.ctx.changes.publish;
    t.ctx.changes.publish = async (topic) => void told.push(topic);
    try {
      expect((await officer.request('PATCH', `/api/applications/${draft}`, { content: { summaryEn: 'Still a draft' } })).statusCode).toBe(200);
      expect(told).toEqual([]);
      expect((await manager.request('PUT', `/api/programmes/${id}`, { titleEn: 'Edited', titleTr: 'Düzenlendi', budgetCents: 100_000_000_00 })).statusCode).toBe(200);
      expect(told).toEqual([GRANTS_PUBLIC_CHANGED]);
      expect((await manager.request('PUT', `/api/programmes/${id}`, { titleEn: '', titleTr: '', budgetCents: 1 })).statusCode).toBe(400);
      expect(told).toEqual([GRANTS_PUBLIC_CHANGED]); // a refused write changed nothing
    } finally {
      t.ctx.changes.publish = publish;
    }
  });

  it('show an award withdrawn through the API at once in the project lists', async () => {
    const all = t.ctx.directory.all();
    const tr = all.find((a) => a.country === 'TR' && a.code !== 'TR-BSB-34')!;
    const eu = all.find((a) => a.country !== 'TR')!;
    const awardId = await insertProject(t, { leadCode: tr.code, partners: [{ code: eu.code, confirmed: true }], grantCents: 100_000, status: 'awarded' });
    const before = await anonymous(t.app, '/api/projects');
    const project = before.items.find((p: { id: string }) => p.id === awardId);
    expect(project).toBeDefined();
    expect((await anonymous(t.app, `/api/projects?country=${eu.country}`)).items.map((p: { id: string }) => p.id)).toContain(awardId);
    expect((await manager.request('POST', `/api/applications/${project.applicationId}/withdraw-award`)).statusCode).toBe(200);
    expect((await anonymous(t.app, '/api/projects')).items.map((p: { id: string }) => p.id)).not.toContain(awardId);
    expect((await anonymous(t.app, `/api/projects?country=${eu.country}`)).items.map((p: { id: string }) => p.id)).not.toContain(awardId);
  });

  it("a change through one process is in the other's kept answers at once", async () => {
    const bus = new LocalBus();
    const apps: FastifyInstance[] = [];
    for (let i = 0; i < 2; i++) apps.push(await buildApp(await createContext(t.ctx.db, t.ctx.config, t.ctx.directory, { changes: bus.join(), exclusive: localExclusive() })));
    try {
      const [a, b] = apps as [FastifyInstance, FastifyInstance];
      const id = await programme(manager, 'KEPT-3');
      expect((await anonymous(b, `/api/programmes/${id}`)).titleEn).toBe('Programme KEPT-3');
      const managerOnA = await signedIn(a, 'manager@twinbridge.demo');
      const edit = { titleEn: 'Renamed through A', titleTr: 'A ile', budgetCents: 100_000_000_00 };
      expect((await managerOnA.request('PUT', `/api/programmes/${id}`, edit)).statusCode).toBe(200);
      await new Promise((r) => setImmediate(r)); // the bus delivers on the next turn, as a notice arrives between processes
      expect((await anonymous(b, `/api/programmes/${id}`)).titleEn).toBe('Renamed through A');
    } finally {
      for (const app of apps) await app.close();
    }
  });
});

describe('when a call next opens or closes', () => {
  it('is the earliest opening or just-after-deadline instant still ahead; none when all have passed', () => {
    const at = (iso: string) => Date.parse(iso);
    const calls = [
      { opensAt: '2026-01-01T00:00:00Z', deadlineAt: '2026-03-01T00:00:00Z' },
      { opensAt: '2026-02-01T00:00:00Z', deadlineAt: '2026-02-15T00:00:00Z' },
    ];
    expect(nextOpenChange(calls, at('2025-12-01T00:00:00Z'))).toBe(at('2026-01-01T00:00:00Z'));
    expect(nextOpenChange(calls, at('2026-01-15T00:00:00Z'))).toBe(at('2026-02-01T00:00:00Z'));
    expect(nextOpenChange(calls, at('2026-02-15T00:00:00Z'))).toBe(at('2026-02-15T00:00:00Z') + 1);
    expect(nextOpenChange(calls, at('2026-04-01T00:00:00Z'))).toBeUndefined();
    expect(nextOpenChange([{ opensAt: 'not a date', deadlineAt: 'nor this' }], 0)).toBeUndefined();
  });
});
