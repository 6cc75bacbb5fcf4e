import { describe, expect, it } from 'vitest';
import type { AuthoritySummary } from '../../../shared/authorities';
import { SearchAnswers } from './authorities.answers';
import { DirectoryIndex } from './authorities.index';

const row = (code: string, name: string, population: number): AuthoritySummary => ({ code, name, nameLatin: null, country: 'DE', type: 'municipality', population, lat: null, lon: null, region: null, regionName: null });
const rows = [row('DE_1', 'Köln, Stadt', 1_087_863), row('DE_2', 'Kolnhausen', 500), row('DE_3', 'Bad Köln', 2000), row('DE_4', 'Bonn', 330_000)];
const base = { limit: 20, offset: 0 };
const codes = (text: string) => (JSON.parse(text) as { items: { code: string }[] }).items.map((a) => a.code);

describe('directory searches kept ready to send', () => {
  it('answer as the index does, and keep the answer for the same search', () => {
    const index = new DirectoryIndex(rows);
    const answers = new SearchAnswers(index);
    const first = answers.answer({ ...base, q: 'koln' });
    expect(codes(first.text)).toEqual(index.search({ ...base, q: 'koln' }).items.map((a) => a.code));
    expect(JSON.parse(first.text).total).toBe(3);
    expect(answers.answer({ ...base, q: 'koln' })).toBe(first);
    expect(answers.answer({ ...base, q: 'bonn' })).not.toBe(first);
    expect(answers.size).toBe(2);
  });

  it('start afresh once the index changed', () => {
    const index = new DirectoryIndex(rows);
    const answers = new SearchAnswers(index);
    expect(codes(answers.answer({ ...base, country: 'DE' }).text)[0]).toBe('DE_1');
    index.upsert({ ...rows[1]!, population: 5_000_000 });
    expect(codes(answers.answer({ ...base, country: 'DE' }).text)[0]).toBe('DE_2');
    expect(answers.size).toBe(1);
  });

  it('keep at most as many as allowed, dropping the least recently used', () => {
    const answers = new SearchAnswers(new DirectoryIndex(rows), 2);
    const koln = answers.answer({ ...base, q: 'koln' });
    answers.answer({ ...base, q: 'bonn' });
    expect(answers.answer({ ...base, q: 'koln' })).toBe(koln); // koln used again: bonn is now the oldest
    answers.answer({ ...base, q: 'bad' });
    expect(answers.size).toBe(2);
    expect(answers.answer({ ...base, q: 'koln' })).toBe(koln);
  });
});
