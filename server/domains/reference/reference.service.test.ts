import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../../platform/db';
import { FIXTURES } from '../../test/harness';
import { asLeftByOlderCode, authorityCount, authorityRow, countsByType, withoutTypes } from '../authorities/authorities.testkit';
import { backfillNames, NAMES_MARKER } from './names.backfill';
import { isLoaded, loadReferenceData } from './reference.service';
import { KINDS_MARKER, kindsLoaded } from './kinds.load';
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
    // 56 Turkish and 18 EU municipalities; 6 governorates, 2 special provincial administrations,
    // 14 district governorates, 5 unions and 8 EU regions.
    expect(loaded).toBe(56 + 18 + 35);
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
    expect(await loadReferenceData(database.db, FIXTURES)).toBe(109);
    expect(await isLoaded(database.db)).toBe(true);
  });
});

describe('the kinds that are not municipalities, for a directory loaded before them', () => {
  const KINDS = ['governorate', 'district_governorate', 'special_provincial_administration', 'union_of_municipalities', 'region'];
  const olderDirectory = async (d: Database) => {
    await loadReferenceData(d.db, FIXTURES);
    await withoutTypes(d.db, KINDS);
    await d.db.delete(referenceLoads).where(eq(referenceLoads.dataset, KINDS_MARKER));
  };

  it('adds them once, measuring the EU regions by the stored municipalities', async () => {
    database = await openDatabase({});
    await olderDirectory(database);
    expect(await rows(database)).toBe(74);
    expect(await loadReferenceData(database.db, FIXTURES)).toBe(35);
    expect(await rows(database)).toBe(109);
    const bavaria = (await authorityRow(database.db, 'DE-REG-02'))!;
    expect(bavaria).toMatchObject({ name: 'Bavaria', region: 'DE212', population: 1_484_226 });
    expect(await loadReferenceData(database.db, FIXTURES)).toBe(0);
  });

  it('adds none of them when interrupted, and all of them at the next start', async () => {
    database = await openDatabase({});
    await olderDirectory(database);
    await expect(loadReferenceData(database.db, FIXTURES, (phase) => { if (phase === 'inserting') throw new Error('power cut'); })).rejects.toThrow('power cut');
    expect(await rows(database)).toBe(74);
    expect(await kindsLoaded(database.db)).toBe(false);
    expect(await loadReferenceData(database.db, FIXTURES)).toBe(35);
    expect(await countsByType(database.db)).toMatchObject({ governorate: 6, special_provincial_administration: 2, district_governorate: 14, union_of_municipalities: 5, region: 8 });
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
