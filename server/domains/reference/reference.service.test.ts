import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../../platform/db';
import { FIXTURES } from '../../test/harness';
import { asLeftByOlderCode, authorityCount, authorityRow } from '../authorities/authorities.testkit';
import { backfillNames, NAMES_MARKER } from './names.backfill';
import { isLoaded, loadReferenceData } from './reference.service';
import { referenceLoads } from './reference.schema';

let database: Database | null = null;
afterEach(async () => {
  await database?.close();
  database = null;
});

const rows = (d: Database): Promise<number> => authorityCount(d.db);

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

describe('names of a directory loaded by older code', () => {
  it('fills missing EU region names and exonym search keys once, and stamps the changed rows', async () => {
    database = await openDatabase({});
    await loadReferenceData(database.db, FIXTURES);
    const { db } = database;
    const one = async (code: string) => (await authorityRow(db, code))!;
    expect((await one('FR_01001')).regionName).toBe('Auvergne-Rhône-Alpes');
    expect((await one('EL_07010100')).searchKeys).toContain('selanik');
    expect(await backfillNames(db)).toBe(false);

    // What the previous code left: no region name where GeoNames placed no town, no exonyms.
    await asLeftByOlderCode(db, 'FR_01001', { regionName: null });
    await asLeftByOlderCode(db, 'EL_07010100', { searchKeys: 'thessalonikis' });
    await db.delete(referenceLoads).where(eq(referenceLoads.dataset, NAMES_MARKER));
    expect(await backfillNames(db)).toBe(true);
    const commune = await one('FR_01001');
    expect(commune.regionName).toBe('Auvergne-Rhône-Alpes');
    expect(commune.updatedAt.getFullYear()).toBeGreaterThan(2025);
    expect((await one('EL_07010100')).searchKeys?.split('|')).toEqual(expect.arrayContaining(['selanik', 'thessaloniki']));
    expect((await one('FR_01004')).regionName).toBe('Auvergne-Rhône-Alpes');
    expect(await backfillNames(db)).toBe(false);
  });
});
