import { describe, expect, it } from 'vitest';
import { applyPatch, effectiveSort, readParams } from './directoryParams';

describe('directory URL state', () => {
  it('reads only the API parameters and drops empty ones', () => {
    const params = readParams(new URLSearchParams('q=koln&country=DE&foo=1&region=&offset=20'));
    expect(params).toEqual({ q: 'koln', country: 'DE', offset: '20' });
  });

  it('goes back to the first page when a filter changes', () => {
    const next = applyPatch(new URLSearchParams('q=koln&offset=40'), { country: 'DE' });
    expect(next.toString()).toBe('q=koln&country=DE');
  });

  it('keeps the page when only the offset changes, and removes cleared values', () => {
    expect(applyPatch(new URLSearchParams('q=koln'), { offset: '20' }).toString()).toBe('q=koln&offset=20');
    expect(applyPatch(new URLSearchParams('q=koln&type=town'), { type: '' }).toString()).toBe('q=koln');
  });

  it('drops distance order once there is no point to measure from', () => {
    const next = applyPatch(new URLSearchParams('near=41,29&sort=distance'), { near: '' });
    expect(next.has('sort')).toBe(false);
  });

  it('knows the default order of the API', () => {
    expect(effectiveSort({ q: 'x' })).toBe('relevance');
    expect(effectiveSort({ near: '41,29' })).toBe('distance');
    expect(effectiveSort({})).toBe('-population');
    expect(effectiveSort({ q: 'x', sort: 'name' })).toBe('name');
  });
});
