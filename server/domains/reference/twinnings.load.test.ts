import { describe, expect, it } from 'vitest';
import { DirectoryIndex } from '../authorities/authorities.index';
import { FIXTURES } from '../../test/harness';
import { readAuthorities } from './reference.service';
import { readKinds } from './kinds.load';
import { readTwinnings } from './twinnings.load';

describe('tying the twinning lists to the directory with its stored search keys', () => {
  it('ties every side as folding every name again does', () => {
    const municipalities = readAuthorities(FIXTURES);
    const index = new DirectoryIndex([...municipalities, ...readKinds(FIXTURES, municipalities.filter((r) => r.country !== 'TR'))]);
    const recomputed = readTwinnings(FIXTURES, index.all());
    expect(recomputed.some((r) => r.aMatch?.startsWith('name') || r.bMatch?.startsWith('name'))).toBe(true);
    expect(readTwinnings(FIXTURES, index.all(), undefined, (i) => index.searchKeysAt(i))).toEqual(recomputed);
  });
});
