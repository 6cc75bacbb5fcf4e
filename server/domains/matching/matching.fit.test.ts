import { describe, expect, it } from 'vitest';
import type { AuthoritySummary } from '../../../shared/authorities';
import { bestRequestFit, type OpenRequest, overlap, requestFit } from './matching.fit';

const istanbul: AuthoritySummary = {
  code: 'TR-BSB-34', name: 'İstanbul', nameLatin: null, country: 'TR', type: 'metropolitan_municipality', population: 15_754_053, lat: 41, lon: 29, region: 'TR100', regionName: null,
};
const request = (over: Partial<OpenRequest> = {}): OpenRequest => ({
  authority: 7, themes: ['culture'], targetCountries: [], authorityTypes: [], minPopulation: null, maxPopulation: null, ...over,
});

describe('overlap of themes', () => {
  it('is the share of the source themes the candidate lists too', () => {
    expect(overlap(new Set(['culture', 'energy']), ['energy', 'recycling'])).toBe(0.5);
    expect(overlap(new Set(['culture']), ['culture'])).toBe(1);
    expect(overlap(new Set(), ['culture'])).toBe(0);
    expect(overlap(new Set(['culture']), undefined)).toBe(0);
  });
});

describe('fit of an open request', () => {
  it('is 1 when country, type, size and a theme fit, 0.5 when only the themes differ', () => {
    expect(requestFit(request({ targetCountries: ['TR'], authorityTypes: ['metropolitan_municipality'], minPopulation: 1_000_000 }), istanbul, new Set(['culture']))).toBe(1);
    expect(requestFit(request(), istanbul, new Set(['energy']))).toBe(0.5);
    expect(requestFit(request(), istanbul, new Set())).toBe(1);
  });

  it('is 0 when the request looks for another country, type or size', () => {
    expect(requestFit(request({ targetCountries: ['GR'] }), istanbul, new Set())).toBe(0);
    expect(requestFit(request({ authorityTypes: ['town'] }), istanbul, new Set())).toBe(0);
    expect(requestFit(request({ maxPopulation: 100_000 }), istanbul, new Set())).toBe(0);
  });

  it('takes the best of several open requests of one authority', () => {
    const energy = request({ themes: ['energy'] });
    const greeceOnly = request({ themes: ['culture'], targetCountries: ['GR'] });
    expect(bestRequestFit([greeceOnly, energy], istanbul, new Set(['culture']))).toBe(0.5);
    expect(bestRequestFit([greeceOnly, request()], istanbul, new Set(['culture']))).toBe(1);
    expect(bestRequestFit(undefined, istanbul, new Set())).toBe(0);
  });
});
