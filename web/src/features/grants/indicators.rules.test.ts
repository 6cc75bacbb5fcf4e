import { describe, expect, it } from 'vitest';
import grantsEn from '../../i18n/grants.en.json';
import grantsTr from '../../i18n/grants.tr.json';
import { indicatorNameKey, indicatorUnitKey } from './indicators.rules';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string) => key.split('.').reduce<string | Tree | undefined>((n, k) => (typeof n === 'object' ? n[k] : undefined), tree);

// The demo projects' indicators are stored in English; a Turkish page must not show them so.
describe('indicator names and units in the page language', () => {
  it('says every demo indicator and its unit in Turkish', () => {
    for (const [name, unit] of [['Trail kilometres signposted', 'km'], ['Staff exchanged', 'people'], ['Young people in exchanges', 'people'], ['Households separating waste', 'households']] as const) {
      const key = indicatorNameKey(name);
      expect(key, name).not.toBeNull();
      expect(lookup(grantsEn as Tree, key!)).toBe(name);
      expect(lookup(grantsTr as Tree, key!)).toMatch(/[a-zçğıöşü]/);
      expect(lookup(grantsTr as Tree, key!)).not.toBe(name);
      if (unit !== 'km') expect(lookup(grantsTr as Tree, indicatorUnitKey(unit)!)).not.toBe(unit);
    }
    expect(lookup(grantsTr as Tree, indicatorUnitKey('People')!)).toBe('kişi');
  });

  it('leaves names typed by applicants and unit symbols as they are', () => {
    expect(indicatorNameKey('Bisiklet yolu uzunluğu')).toBeNull();
    expect(indicatorUnitKey('km')).toBeNull();
    expect(indicatorUnitKey('kWp')).toBeNull();
  });
});
