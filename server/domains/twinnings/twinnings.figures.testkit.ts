import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../test/harness';
import { twinningActivities } from './twinnings.activities.schema';
import { shownPublicly } from './twinnings.rules';
import { twinnings } from './twinnings.schema';

/** A twinning as other domains' tests build it (no workflow): sides' codes and countries, state, year. */
export interface TwinningFixture {
  aCode: string | null;
  aCountry: string | null;
  bCode: string | null;
  bCountry: string | null;
  status: string;
  sinceYear: number | null;
  source: 'wikipedia' | 'platform';
}

/** Inserts twinnings and returns their ids, in order. */
export async function insertTwinnings(t: TestApp, rows: readonly TwinningFixture[]): Promise<string[]> {
  if (!rows.length) return [];
  const made = await t.ctx.db
    .insert(twinnings)
    .values(rows.map((r) => ({ ...r, aName: r.aCode ?? 'A', bName: r.bCode ?? 'B' })))
    .returning({ id: twinnings.id });
  return made.map((m) => m.id);
}

/** Inserts an activity of a twinning with its themes, starting on a date (YYYY-MM-DD). */
export async function insertActivity(t: TestApp, twinningId: string, startsOn: string, themes: string[]): Promise<void> {
  await t.ctx.db.insert(twinningActivities).values({ twinningId, kind: 'visit', title: 'Visit', startsOn, themes, createdBy: randomUUID() });
}

/** Every public twinning as the dashboard's figures read it (not a bare proposal), for tests that recount them independently. */
export async function allTwinnings(t: TestApp) {
  const rows = await t.ctx.db.select({ aCountry: twinnings.aCountry, bCountry: twinnings.bCountry, status: twinnings.status, sinceYear: twinnings.sinceYear, source: twinnings.source, pendingApprovals: twinnings.pendingApprovals }).from(twinnings);
  return rows.filter(shownPublicly).map(({ pendingApprovals: _p, ...r }) => r);
}
