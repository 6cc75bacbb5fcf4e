import { describe, expect, it } from 'vitest';
import { withDemoPeople } from '../../test/people.testkit';
import { insertTwinnings } from '../twinnings/twinnings.figures.testkit';

// The engine keeps its answers per version of the graph and the platform's signals: the same query
// gets the same answer without ranking again, and any change the recommendations read (a twinning in
// the rebuilt graph, a profile's themes, a hidden candidate) gives a fresh one at once.

const w = withDemoPeople();
type Item = { authority: { code: string } };
const codes = async (url: string, who = w.anonymous) => ((await who.request('GET', url)).json().items as Item[]).map((i) => i.authority.code);
const ANKARA_DE = '/api/authorities/TR-BSB-06/recommendations?country=DE&minPopulation=1000000&k=20';

describe('kept recommendations', () => {
  it('answers the same query from the kept answer, and afresh once the graph is rebuilt', async () => {
    const ctx = w.t.ctx;
    const q = { k: 20, country: 'DE' as const, minPopulation: 1_000_000, lang: 'en' as const };
    const first = await ctx.matching.recommendations(ctx.db, 'TR-BSB-06', q, new Set());
    expect(await ctx.matching.recommendations(ctx.db, 'TR-BSB-06', q, new Set())).toBe(first);
    expect(first.items.map((i) => i.authority.code)).toContain('DE_05315000');
    await insertTwinnings(w.t, [{ aCode: 'TR-BSB-06', aCountry: 'TR', bCode: 'DE_05315000', bCountry: 'DE', status: 'active', sinceYear: 2026, source: 'wikipedia' }]);
    expect(await ctx.matching.recommendations(ctx.db, 'TR-BSB-06', q, new Set())).toBe(first); // not rebuilt yet
    await ctx.matching.rebuild(ctx.db);
    expect(await codes(ANKARA_DE)).not.toContain('DE_05315000'); // twinned now: no longer a candidate
  });

  it("sees a profile's new themes at once, and keeps an officer's hidden candidates to that officer", async () => {
    const byTheme = (theme: string) => codes(`/api/authorities/TR-BSB-34/recommendations?k=20&theme=${theme}`);
    const candidate = (await codes('/api/authorities/TR-BSB-34/recommendations?k=20')).at(-1)!;
    expect(await byTheme('migration_management')).not.toContain(candidate);
    const first = (await codes('/api/authorities/TR-BSB-34/recommendations?k=5'))[0]!;
    expect((await w.p.istanbul.request('PUT', `/api/authorities/TR-BSB-34/hidden-candidates/${first}`)).statusCode).toBe(204);
    expect(await codes('/api/authorities/TR-BSB-34/recommendations?k=5', w.p.istanbul)).not.toContain(first);
    expect(await codes('/api/authorities/TR-BSB-34/recommendations?k=5')).toContain(first);
    expect((await w.p.admin.request('PATCH', `/api/authorities/${candidate}`, { themes: ['migration_management'] })).statusCode).toBe(200);
    expect(await byTheme('migration_management')).toContain(candidate);
  });
});
