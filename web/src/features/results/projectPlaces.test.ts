import { describe, expect, it } from 'vitest';
import type { ProjectView } from '../../api/grants';
import { projectPlaces } from './projectPlaces';

const at = (code: string, country: string, lat: number | null = 40, lon: number | null = 30) => ({ code, name: code, country, province: null, lat, lon });
const project = (id: string, lead: ReturnType<typeof at>, partners: ReturnType<typeof at>[]) => ({ id, lead, partners }) as unknown as ProjectView;

describe('projectPlaces', () => {
  it('makes one place per authority listing every project it leads or joins, once each', () => {
    const izmir = at('TR-BSB-35', 'TR');
    const koln = at('DE_05315000', 'DE', 50.9, 6.9);
    const { places, unlocated } = projectPlaces([project('a', izmir, [koln]), project('b', izmir, [koln, koln])]);
    expect(unlocated).toBe(0);
    expect(places.map((p) => [p.authority.code, p.projects.map((x) => `${x.project.id}:${x.role}`)])).toEqual([
      ['TR-BSB-35', ['a:lead', 'b:lead']],
      ['DE_05315000', ['a:partner', 'b:partner']],
    ]);
  });

  it('leaves authorities without coordinates off the map and counts them', () => {
    const { places, unlocated } = projectPlaces([project('a', at('TR-M-1', 'TR'), [at('FR_1', 'FR', null, null), at('FR_2', 'FR', 48, null)])]);
    expect(places.map((p) => p.authority.code)).toEqual(['TR-M-1']);
    expect(unlocated).toBe(2);
  });

  it('lists Turkish places first, then by country and code', () => {
    const { places } = projectPlaces([project('a', at('TR-M-2', 'TR'), [at('IT_9', 'IT'), at('DE_1', 'DE')]), project('b', at('TR-M-1', 'TR'), [])]);
    expect(places.map((p) => p.authority.code)).toEqual(['TR-M-1', 'TR-M-2', 'DE_1', 'IT_9']);
  });
});
