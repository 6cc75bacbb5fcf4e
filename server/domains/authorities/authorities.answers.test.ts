import { describe, expect, it } from 'vitest';
import type { AuthoritySummary } from '../../../shared/authorities';
import { PreparedJson } from '../../platform/prepared';
import { ProfileAnswers, SearchAnswers } from './authorities.answers';
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

describe('signed-out profiles kept ready to send', () => {
  /** A profile source that counts its reads; `missing` codes fail as an unknown code does. */
  function source(missing: string[] = []) {
    const reads: string[] = [];
    let edition = 1;
    const compute = async (code: string) => {
      reads.push(code);
      if (missing.includes(code)) throw new Error(`No authority with code ${code}`);
      return new PreparedJson(JSON.stringify({ code, edition }));
    };
    return { reads, compute, edit: () => edition++ };
  }
  const edition = async (p: Promise<PreparedJson>) => (JSON.parse((await p).text) as { edition: number }).edition;

  it('read a profile once while it is kept, and again once its time is up', async () => {
    const s = source();
    const answers = new ProfileAnswers(s.compute, 10_000);
    await answers.answer('DE_1', 0);
    await answers.answer('DE_1', 9_999);
    expect(s.reads).toEqual(['DE_1']);
    await answers.answer('DE_1', 10_000);
    expect(s.reads).toEqual(['DE_1', 'DE_1']);
  });

  it('show an edit at once once told, for that profile only, and forget them all when told so', async () => {
    const s = source();
    const answers = new ProfileAnswers(s.compute);
    expect(await edition(answers.answer('DE_1'))).toBe(1);
    await answers.answer('DE_2');
    s.edit();
    expect(await edition(answers.answer('DE_1'))).toBe(1); // not told yet: kept
    answers.forget('DE_1');
    expect(await edition(answers.answer('DE_1'))).toBe(2);
    expect(await edition(answers.answer('DE_2'))).toBe(1);
    answers.forget();
    expect(answers.size).toBe(0);
    expect(await edition(answers.answer('DE_2'))).toBe(2);
  });

  it('drop a read that was under way when the edit was told, instead of keeping it as current', async () => {
    const s = source();
    const answers = new ProfileAnswers(s.compute);
    const before = answers.answer('DE_1'); // began before the edit committed
    s.edit();
    answers.forget('DE_1');
    await before;
    expect(await edition(answers.answer('DE_1'))).toBe(2);
  });

  it('keep no failure, and at most as many profiles as allowed', async () => {
    const s = source(['XX_0']);
    const answers = new ProfileAnswers(s.compute, 10_000, 2);
    await expect(answers.answer('XX_0')).rejects.toThrow('No authority');
    await expect(answers.answer('XX_0')).rejects.toThrow('No authority');
    expect(s.reads).toEqual(['XX_0', 'XX_0']);
    expect(answers.size).toBe(0);
    for (const code of ['DE_1', 'DE_2', 'DE_1', 'DE_3']) await answers.answer(code);
    expect(answers.size).toBe(2);
    await answers.answer('DE_1'); // used after DE_2: DE_2 was dropped, DE_1 kept
    expect(s.reads.filter((c) => c === 'DE_1')).toHaveLength(1);
  });
});
