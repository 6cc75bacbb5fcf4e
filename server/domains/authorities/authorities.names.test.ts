import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayNameText, type NamedAuthority } from '../../../shared/authorityNames';
import { testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { seedDemoProgramme } from '../grants/demo/grants.demo';

let t: TestApp;
const get = async (url: string) => (await t.app.inject({ method: 'GET', url })).json();
type Side = NamedAuthority & { code: string | null };

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  await seedDemoProgramme(t.ctx);
});
afterAll(async () => t.close());

/** The one line a reader sees for an authority, in both languages. */
const seen = (a: NamedAuthority) => [displayNameText(a, 'tr'), displayNameText(a, 'en')];

describe('one authority, one name across the platform', () => {
  it('names a twinning side tied to the directory as the directory does, not as the imported list did', async () => {
    const [wien] = (await get('/api/authorities?q=wien')).items as Side[];
    expect(wien!.code).toBe('AT_90001');
    const registry = (await get('/api/twinnings?limit=100')).items as { a: Side; b: Side }[];
    const side = registry.flatMap((r) => [r.a, r.b]).find((s) => s.code === 'AT_90001')!;
    const profile = (await get('/api/authorities/TR-BSB-34/twinnings')).items as { id: string; partner: Side }[];
    const partner = profile.find((i) => i.partner.code === 'AT_90001')!;
    const page = await get(`/api/twinnings/${partner.id}`);
    for (const shown of [side, partner.partner, page.a.code === 'AT_90001' ? page.a : page.b]) expect(seen(shown)).toEqual(seen(wien!));
    expect(seen(side)).toEqual(['Viyana (Wien)', 'Wien']);
  });

  it('keeps the name an imported list gave for a side the directory does not hold', async () => {
    const registry = (await get('/api/twinnings?limit=100')).items as { a: Side; b: Side }[];
    const untied = registry.flatMap((r) => [r.a, r.b]).find((s) => s.code === null);
    expect(untied).toMatchObject({ nameLatin: null });
    expect(untied!.name.length).toBeGreaterThan(0);
  });

  it('names project authorities as the directory does', async () => {
    const projects = (await get('/api/projects')).items as { lead: Side; partners: Side[] }[];
    const sides = projects.flatMap((p) => [p.lead, ...p.partners]);
    expect(sides.length).toBeGreaterThan(0);
    for (const s of sides.slice(0, 10)) {
      const [found] = (await get(`/api/authorities?q=${encodeURIComponent(s.code!)}`)).items as Side[];
      const profile = found?.code === s.code ? found : ((await get(`/api/authorities/${encodeURIComponent(s.code!)}`)) as Side);
      expect(seen(s)).toEqual(seen(profile));
    }
  });
});
