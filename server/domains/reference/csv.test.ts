import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { csvFileLines, csvLines, csvRecords, parseCsv, parseLine, recordOf } from './csv';

const TEXTS = ['a,b\n1,2\n3,"x,y"\n', 'a,b\r\n1,2\r\n\r\n3,4', '', 'a\n', 'a,b\n\n1\n', '\n\na;b\n\r\nÄ,Θεσσαλονίκη\n'];

describe('csvRecords', () => {
  it('gives the records parseCsv gives, one at a time, and their number', () => {
    for (const text of TEXTS) {
      const { count, records } = csvRecords(text);
      const all = [...records];
      expect(all).toEqual(parseCsv(text));
      expect(count).toBe(all.length);
    }
  });
});

describe('parseLine', () => {
  it('splits quoted and unquoted lines alike, keeping empty fields', () => {
    expect(parseLine('')).toEqual(['']);
    expect(parseLine('a,,b,')).toEqual(['a', '', 'b', '']);
    expect(parseLine(',Köln;x\t1', ';')).toEqual([',Köln', 'x\t1']);
    expect(parseLine('a,"b,c",d""e,"f""g"')).toEqual(['a', 'b,c', 'd""e', 'f"g']);
    expect(parseLine('x\t"y\tz"\t', '\t')).toEqual(['x', 'y\tz', '']);
  });

  it('gives a record every header field, empty when the line is short', () => {
    expect(recordOf(['a', 'b', 'c'], '1,"2,3"')).toEqual({ a: '1', b: '2,3', c: '' });
  });
});

describe('csvFileLines', () => {
  it('gives the header, lines and number csvLines gives of the same text, from a plain or gzipped file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-csv-'));
    try {
      for (const [k, text] of TEXTS.entries())
        for (const gz of [false, true]) {
          const file = path.join(dir, `t${k}.csv${gz ? '.gz' : ''}`);
          fs.writeFileSync(file, gz ? zlib.gzipSync(text) : text);
          const expected = csvLines(text);
          const read = await csvFileLines(file);
          const lines: string[] = [];
          for await (const line of read.lines) lines.push(line);
          expect({ header: read.header, count: read.count, lines }).toEqual({ header: expected.header, count: expected.count, lines: [...expected.lines] });
        }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
