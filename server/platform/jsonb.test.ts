import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseJsonb, StoredDataError } from './jsonb';

const details = z.object({ status: z.enum(['proposed', 'agreed']).optional() }).nullable();

describe('parseJsonb', () => {
  it('gives the stored value typed by its schema, leaving out keys the schema does not name', () => {
    expect(parseJsonb(details, { status: 'agreed', fileId: 'f1' }, 'audit 1 after')).toEqual({ status: 'agreed' });
    expect(parseJsonb(details, null, 'audit 1 before')).toBeNull();
  });
  it('throws a StoredDataError naming the row and the field when the stored value does not fit', () => {
    const run = () => parseJsonb(details, { status: 'married' }, 'audit 7 after');
    expect(run).toThrow(StoredDataError);
    expect(run).toThrow(/^Stored audit 7 after does not fit its schema \(status: /);
  });
});
