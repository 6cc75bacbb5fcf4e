import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withDemoPeople } from '../../../test/people.testkit';
import { insertProject, setAwardStatus } from '../grants.stats.testkit';
import { applications } from '../grants.schema';
import { listProjects } from './grants.projects.service';

// The awarded projects are computed once per state of their tables (fingerprint checked on every
// call, no time window): the same state gives the same computed projects; any change they show is
// seen by the next read.

const w = withDemoPeople();

describe('kept awarded projects', () => {
  it('keeps the computed projects while nothing changes, and shows an awarded application changed or an award declined at once', async () => {
    const all = w.t.ctx.directory.all();
    const tr = all.find((a) => a.country === 'TR')!;
    const eu = all.find((a) => a.country !== 'TR')!;
    const awardId = await insertProject(w.t, { leadCode: tr.code, partners: [{ code: eu.code, confirmed: true }], grantCents: 100_000, status: 'awarded' });
    const first = (await listProjects(w.t.ctx, {})).find((p) => p.id === awardId)!;
    expect((await listProjects(w.t.ctx, { country: eu.country })).find((p) => p.id === awardId)).toBe(first);
    await w.t.ctx.db
      .update(applications)
      .set({ content: sql`jsonb_set(${applications.content}, '{titleEn}', '"Renamed project"')` })
      .where(eq(applications.id, first.applicationId));
    expect((await listProjects(w.t.ctx, {})).find((p) => p.id === awardId)?.titleEn).toBe('Renamed project');
    await setAwardStatus(w.t, awardId, 'declined');
    expect((await listProjects(w.t.ctx, {})).map((p) => p.id)).not.toContain(awardId);
    expect((await w.anonymous.request('GET', '/api/projects')).json().items.map((p: { id: string }) => p.id)).not.toContain(awardId);
  });
});
