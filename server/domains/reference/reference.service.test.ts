import { afterEach, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { openDatabase, type Database } from '../../platform/db';
import { FIXTURES } from '../../test/harness';
import { authorities } from '../authorities/authorities.schema';
import { isLoaded, loadReferenceData } from './reference.service';

let database: Database | null = null;
afterEach(async () => {
  await database?.close();
  database = null;
});

async function rows(d: Database): Promise<number> {
  const [r] = await d.db.select({ n: count() }).from(authorities);
  return r?.n ?? 0;
}

describe('first-start load of the directory', () => {
  it('loads every fixture authority once; a second start loads nothing', async () => {
    database = await openDatabase({});
    const loaded = await loadReferenceData(database.db, FIXTURES);
    expect(loaded).toBe(56 + 18);
    expect(await rows(database)).toBe(loaded);
    expect(await loadReferenceData(database.db, FIXTURES)).toBe(0);
    expect(await rows(database)).toBe(loaded);
  });

  it('leaves nothing behind when interrupted, and the next start loads cleanly', async () => {
    database = await openDatabase({});
    const interrupt = (phase: string) => {
      if (phase === 'inserting') throw new Error('power cut');
    };
    await expect(loadReferenceData(database.db, FIXTURES, interrupt)).rejects.toThrow('power cut');
    expect(await rows(database)).toBe(0);
    expect(await isLoaded(database.db)).toBe(false);
    expect(await loadReferenceData(database.db, FIXTURES)).toBe(74);
    expect(await isLoaded(database.db)).toBe(true);
  });
});
