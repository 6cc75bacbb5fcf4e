import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authoritySearchQuery, type AuthoritySearchQuery } from '../../../shared/authorities';
import { openDatabase, type Database } from '../../platform/db';
import { FIXTURES } from '../../test/harness';
import { loadReferenceData, readAuthorities } from '../reference/reference.service';
import { DirectoryIndex, type IndexRow } from './authorities.index';
import { buildDirectory } from './authorities.directory';
import { decodeSnapshot, encodeSnapshot } from './authorities.snapshot';

const fixtureRows: IndexRow[] = readAuthorities(FIXTURES);
// Ties (same name and population), nulls, Greek and Cyrillic names, a multi-word place name.
const extraRows: IndexRow[] = [
  { code: 'DE_X1', name: 'Neustadt', nameLatin: null, country: 'DE', type: 'municipality', population: null, lat: null, lon: null, region: null, regionName: null },
  { code: 'DE_X2', name: 'Neustadt', nameLatin: null, country: 'DE', type: 'municipality', population: null, lat: 50.1, lon: 8.2, region: 'DE712', regionName: 'Darmstadt' },
  { code: 'EL_X3', name: 'Δήμος Αθηναίων', nameLatin: 'Athína', country: 'GR', type: 'municipality', population: 643_452, lat: 37.98, lon: 23.73, region: 'EL303', regionName: 'Κεντρικός Τομέας Αθηνών' },
  { code: 'BG_X4', name: 'Столична', nameLatin: 'Stolichna', country: 'BG', type: 'municipality', population: 1_286_383, lat: 42.7, lon: 23.32, region: 'BG411', regionName: 'София (столица)' },
  { code: 'DE_X5', name: 'Bad Neustadt an der Saale', nameLatin: null, country: 'DE', type: 'municipality', population: 15_000, lat: 50.32, lon: 10.21, region: 'DE26C', regionName: 'Rhön-Grabfeld' },
];
const rows = [...fixtureRows, ...extraRows];

/** Queries over every path of search(): tiers, typos, short and multi-word names, filters, sorts, pages. */
function queries(): AuthoritySearchQuery[] {
  const raw: Record<string, string>[] = [
    {}, { sort: 'name' }, { sort: 'population' }, { sort: 'name', offset: '30', limit: '100' },
    { q: 'neustadt' }, { q: 'neu' }, { q: 'ne' }, { q: 'n' }, { q: 'nuestadt' }, { q: 'bad neu' }, { q: 'saale' },
    { q: 'athina' }, { q: 'stolichna' }, { q: 'ankara' }, { q: 'istanbul buyuksehir' }, { q: 'ad', sort: 'name' },
    { q: 'a', sort: 'population' }, { q: 'an', sort: '-population', limit: '3', offset: '2' },
    { country: 'TR' }, { country: 'DE', sort: 'name' }, { country: 'FR' }, { type: 'metropolitan_municipality' },
    { region: 'TR-06' }, { region: 'Ankara' }, { region: 'DE7' }, { region: 'darmstadt' }, { minPopulation: '100000', maxPopulation: '3000000' },
    { near: '39.9,32.8', radiusKm: '300' }, { near: '50,8', sort: 'distance' }, { near: '41,29', radiusKm: '50', q: 'ist' },
  ];
  for (const r of fixtureRows.slice(0, 40)) {
    const name = r.name.split(/[ ,]/)[0]!;
    raw.push({ q: name }, { q: name.slice(0, 4), country: r.country }, { q: name.slice(0, 2) + name.slice(3) });
  }
  return raw.map((q) => authoritySearchQuery.parse(q));
}

function expectSame(a: DirectoryIndex, b: DirectoryIndex): void {
  for (const q of queries()) expect(b.search(q), JSON.stringify(q)).toEqual(a.search(q));
  expect(b.all()).toEqual(a.all());
  for (const r of rows) expect(b.get(r.code)).toEqual(a.get(r.code));
  expect(b.get('nope')).toBeUndefined();
  expect(b.size).toBe(a.size);
}

const restore = (index: DirectoryIndex) => DirectoryIndex.fromState(decodeSnapshot(encodeSnapshot(index.state()))!);

describe('directory snapshot', () => {
  it('restores exactly the index it was written from', () => {
    const built = new DirectoryIndex(rows);
    expectSame(built, restore(built));
    expectSame(new DirectoryIndex([]), restore(new DirectoryIndex([])));
  });

  it('gives a restored index that takes edits like a built one', () => {
    const built = new DirectoryIndex(rows);
    const restored = restore(built);
    for (const index of [built, restored]) {
      index.upsert({ ...extraRows[0]!, population: 2_000_000 });
      index.upsert({ code: 'DE_X6', name: 'Neustädtel', nameLatin: null, country: 'DE', type: 'municipality', population: 900, lat: 50.5, lon: 12.6, region: null, regionName: null });
    }
    expectSame(built, restored);
    expect(restored.search(authoritySearchQuery.parse({ q: 'neustadtel' })).items[0]?.code).toBe('DE_X6');
  });

  it('is not restored from bytes that are not a whole snapshot', () => {
    const bytes = encodeSnapshot(new DirectoryIndex(rows).state());
    expect(decodeSnapshot(Buffer.from('not a snapshot'))).toBeNull();
    expect(decodeSnapshot(bytes.subarray(0, bytes.length - 1))).toBeNull();
    expect(decodeSnapshot(Buffer.concat([bytes, Buffer.from([0])]))).toBeNull();
    expect(decodeSnapshot(Buffer.concat([Buffer.from('XXXX'), bytes.subarray(4)]))).toBeNull();
  });
});

describe('buildDirectory with a cache folder', () => {
  let database: Database;
  let fromDatabase: DirectoryIndex;
  let cacheDir = '';
  beforeAll(async () => {
    database = await openDatabase({});
    await loadReferenceData(database.db, FIXTURES);
    fromDatabase = await buildDirectory(database.db);
  });
  afterAll(async () => database.close());
  beforeEach(() => {
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-snapshot-'));
  });
  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  const snapshots = () => fs.readdirSync(cacheDir).filter((f) => f.startsWith('directory-'));

  it('reads the database when the snapshot is damaged, and writes it again', async () => {
    await buildDirectory(database.db, cacheDir);
    const full = path.join(cacheDir, snapshots()[0]!);
    fs.writeFileSync(full, fs.readFileSync(full).subarray(0, 1000));
    expectSame(fromDatabase, await buildDirectory(database.db, cacheDir));
    expect(decodeSnapshot(fs.readFileSync(full))).not.toBeNull();
  });

  it('writes a snapshot, restores it while the directory is unchanged, and writes a new one after an edit', async () => {
    expectSame(fromDatabase, await buildDirectory(database.db, cacheDir));
    const [written] = snapshots();
    expect(snapshots()).toHaveLength(1);

    // A change the version does not see (no updated_at) shows that the next start reads the snapshot.
    await database.db.execute(sql`update authorities set population = 1 where code = 'TR-BSB-06'`);
    expectSame(fromDatabase, await buildDirectory(database.db, cacheDir));
    expect(snapshots()).toEqual([written]);

    // An edit stamps updated_at: a new version, read from the database, and the old snapshot is gone.
    await database.db.execute(sql`update authorities set updated_at = now() where code = 'TR-BSB-34'`);
    const edited = await buildDirectory(database.db, cacheDir);
    expect(edited.get('TR-BSB-06')?.population).toBe(1);
    expect(snapshots()).toHaveLength(1);
    expect(snapshots()).not.toEqual([written]);
  });
});
