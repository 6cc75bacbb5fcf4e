import { describe, expect, it } from 'vitest';
import { activeFilters, recommendationQuery, sourceCode } from './recommendationParams';
import { patchSearch, readKeys } from './urlState';
import { RECOMMENDATION_KEYS } from './recommendationParams';

describe('recommendation URL state', () => {
  it('reads only the known parameters and drops empty ones', () => {
    const params = readKeys(new URLSearchParams('authority=TR-BSB-34&country=DE&foo=1&theme=&onlyWithRequest=true'), RECOMMENDATION_KEYS);
    expect(params).toEqual({ authority: 'TR-BSB-34', country: 'DE', onlyWithRequest: 'true' });
    expect(activeFilters(params)).toBe(2);
  });

  it('removes cleared values and keeps the others', () => {
    const next = patchSearch(new URLSearchParams('authority=TR-BSB-34&country=DE&type=municipality'), { type: '' });
    expect(next.toString()).toBe('authority=TR-BSB-34&country=DE');
  });

  it('builds the API query with the UI language and plain digits', () => {
    const query = recommendationQuery({ authority: 'X', minPopulation: '100.000', maxPopulation: '2 000 000', onlyWithRequest: 'true' }, 'tr');
    expect(query).toMatchObject({ k: 20, minPopulation: '100000', maxPopulation: '2000000', onlyWithRequest: 'true', lang: 'tr' });
    expect(query).not.toHaveProperty('authority');
    expect(recommendationQuery({ onlyWithRequest: 'false' }, 'en').onlyWithRequest).toBeUndefined();
  });

  it("uses the URL's authority, else the officer's own", () => {
    expect(sourceCode({ authority: 'DE_05315000' }, 'TR-BSB-34')).toBe('DE_05315000');
    expect(sourceCode({}, 'TR-BSB-34')).toBe('TR-BSB-34');
    expect(sourceCode({}, null)).toBeNull();
  });
});
