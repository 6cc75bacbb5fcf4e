import { describe, expect, it } from 'vitest';
import { mergeDictionaries } from './merge';

describe('mergeDictionaries', () => {
  it('merges a top-level key split between chunks at every depth', () => {
    const start = { twinnings: { status: { active: 'Active' } }, app: { name: 'TwinBridge' } };
    const pages = { twinnings: { status: { ended: 'Ended' }, registry: { title: 'Registry' } } };
    expect(mergeDictionaries(start, pages)).toEqual({
      twinnings: { status: { active: 'Active', ended: 'Ended' }, registry: { title: 'Registry' } },
      app: { name: 'TwinBridge' },
    });
  });

  it('leaves its inputs as they were', () => {
    const start = { news: { title: 'News' } };
    mergeDictionaries(start, { news: { intro: 'What happens' } });
    expect(start).toEqual({ news: { title: 'News' } });
  });
});
