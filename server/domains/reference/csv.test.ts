import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from './csv';

describe('csvRecords', () => {
  it('gives the records parseCsv gives, one at a time, and their number', () => {
    for (const text of ['a,b\n1,2\n3,"x,y"\n', 'a,b\r\n1,2\r\n\r\n3,4', '', 'a\n', 'a,b\n\n1\n']) {
      const { count, records } = csvRecords(text);
      const all = [...records];
      expect(all).toEqual(parseCsv(text));
      expect(count).toBe(all.length);
    }
  });
});
