import { describe, expect, it } from 'vitest';
import { signedGrantFrom } from './signed.backfill';

describe('the signed grant of a contract signed before it was kept (signedGrantFrom)', () => {
  it('takes the contract audit entry first, then the first addendum’s “before”, then the grant as it stands', () => {
    expect(signedGrantFrom({ status: 'contracted', grantCents: 120_000_00 }, 118_000_00, 100_000_00)).toBe(120_000_00);
    expect(signedGrantFrom({ status: 'contracted' }, 118_000_00, 100_000_00)).toBe(118_000_00);
    expect(signedGrantFrom(null, undefined, 100_000_00)).toBe(100_000_00);
  });

  it('ignores an audit entry whose grant is not a whole number of cents', () => {
    expect(signedGrantFrom({ grantCents: '120000' }, undefined, 100_000_00)).toBe(100_000_00);
    expect(signedGrantFrom({ grantCents: 1.5 }, undefined, 100_000_00)).toBe(100_000_00);
  });
});
