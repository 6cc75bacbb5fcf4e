import { describe, expect, it } from 'vitest';
import { KeptAnswers } from './kept';
import { PreparedJson } from './prepared';

describe('answers kept for a while (signed-out profiles, pages)', () => {
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
    const answers = new KeptAnswers(s.compute, 10_000, 100);
    await answers.answer('DE_1', 0);
    await answers.answer('DE_1', 9_999);
    expect(s.reads).toEqual(['DE_1']);
    await answers.answer('DE_1', 10_000);
    expect(s.reads).toEqual(['DE_1', 'DE_1']);
  });

  it('show an edit at once once told, for that profile only, and forget them all when told so', async () => {
    const s = source();
    const answers = new KeptAnswers(s.compute, 10_000, 100);
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
    const answers = new KeptAnswers(s.compute, 10_000, 100);
    const before = answers.answer('DE_1'); // began before the edit committed
    s.edit();
    answers.forget('DE_1');
    await before;
    expect(await edition(answers.answer('DE_1'))).toBe(2);
  });

  it('keep no failure, and at most as many profiles as allowed', async () => {
    const s = source(['XX_0']);
    const answers = new KeptAnswers(s.compute, 10_000, 2);
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
