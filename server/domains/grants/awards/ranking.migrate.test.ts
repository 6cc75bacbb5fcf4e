import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call2018Rules } from '../../../../shared/grants.fixtures';
import { auditLog } from '../../../platform/audit.schema';
import { testApp, type TestApp } from '../../../test/harness';
import { calls, programmes } from '../grants.schema';
import { retireTieBreaks } from './ranking.migrate';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t.close());

describe('start-up: the earlier-submission tie-break is retired from stored calls', () => {
  it('removes it (other tie-breaks keep their order), once, audited; the call reads again', async () => {
    const [programme] = await t.ctx.db.insert(programmes).values({ code: 'TB-OLD', titleEn: 'Old', titleTr: 'Eski', budgetCents: 260_000_000 }).returning();
    // Rules as a call published before the change stored them; the current schema refuses them.
    const stored = { ...call2018Rules(), tieBreaks: ['unfunded_theme_first', 'earlier_submission', 'section_score'] };
    const plain = { ...call2018Rules(), tieBreaks: ['section_score'] };
    const [old] = await t.ctx.db
      .insert(calls)
      .values({ programmeId: programme!.id, reference: 'TB-OLD/01', titleEn: 'Old call', titleTr: 'Eski çağrı', status: 'published', rules: stored as never })
      .returning();
    const [other] = await t.ctx.db
      .insert(calls)
      .values({ programmeId: programme!.id, reference: 'TB-OLD/02', titleEn: 'Other', titleTr: 'Diğer', status: 'published', rules: plain as never })
      .returning();
    expect((await t.app.inject({ method: 'GET', url: `/api/calls/${old!.id}` })).statusCode).toBe(500);

    await retireTieBreaks(t.ctx);
    await retireTieBreaks(t.ctx); // idempotent

    const res = await t.app.inject({ method: 'GET', url: `/api/calls/${old!.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().rules.tieBreaks).toEqual(['unfunded_theme_first', 'section_score']);
    expect((await t.app.inject({ method: 'GET', url: `/api/calls/${other!.id}` })).json().rules.tieBreaks).toEqual(['section_score']);
    const entries = await t.ctx.db.select().from(auditLog).where(and(eq(auditLog.action, 'call.tie_break_retired')));
    expect(entries.map((e) => e.entityId)).toEqual([old!.id]);
  });
});
