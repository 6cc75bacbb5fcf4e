import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { rowsOf } from '../../platform/backup.catalog';
import { openDatabase, type Database } from '../../platform/db';
import { FIXTURES } from '../../test/harness';
import { insertAuthorities } from '../authorities/authorities.load';
import { buildDirectory } from '../authorities/authorities.directory';
import { authorityCount, authorityRow } from '../authorities/authorities.testkit';
import { loadReferenceData, prepareReference } from './reference.service';
import { FILES } from './reference.stream';

let database: Database | null = null;
const folders: string[] = [];
afterEach(async () => {
  await database?.close();
  database = null;
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-ref-dir-'));
  folders.push(dir);
  return dir;
}

/** The fixture reference folder with some EU municipalities' lines listed twice. */
function withRepeatedLines(repeat: (line: string) => boolean): string {
  const dir = tempDir();
  for (const name of fs.readdirSync(FIXTURES)) if (name !== FILES.eu) fs.symlinkSync(path.join(FIXTURES, name), path.join(dir, name));
  const lines = zlib.gunzipSync(fs.readFileSync(path.join(FIXTURES, FILES.eu))).toString('utf8').split('\n');
  const grown = [lines[0]!, ...lines.slice(1).flatMap((l) => (l && repeat(l) ? [l, l.replace(/,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*$/, ',1,1,,,')] : [l]))];
  fs.writeFileSync(path.join(dir, FILES.eu), zlib.gzipSync(grown.join('\n')));
  return dir;
}

describe('the directory of a first start', () => {
  it('is built from the rows the load stored, equal to one read back from the database, and cached for the next start', async () => {
    database = await openDatabase({});
    const cache = tempDir();
    const phases = new Set<string>();
    const { directory, authoritiesLoaded } = await prepareReference(database.db, FIXTURES, (phase) => phases.add(phase), cache);
    expect(authoritiesLoaded).toBe(109);
    expect([...phases]).toEqual(['reading', 'inserting', 'indexing the directory', 'matching twinnings', 'inserting twinnings']);
    const readBack = await buildDirectory(database.db);
    expect(directory.state()).toEqual(readBack.state());
    expect(directory.all()).toEqual(readBack.all());
    // The snapshot written is the one a restart finds.
    expect(fs.readdirSync(cache)).toHaveLength(1);
    expect((await buildDirectory(database.db, cache)).state()).toEqual(readBack.state());
  });

  it('stores a code listed twice once, as listed first', async () => {
    database = await openDatabase({});
    const dir = withRepeatedLines((line) => line.startsWith('AT_90001,') || line.startsWith('DE_05315000,'));
    const { directory } = await prepareReference(database.db, dir);
    expect(await authorityCount(database.db)).toBe(109);
    expect((await authorityRow(database.db, 'AT_90001'))!.population).toBe(1_911_191);
    expect(directory.get('AT_90001')!.population).toBe(1_911_191);
    expect(directory.size).toBe(109);
    expect(directory.state()).toEqual((await buildDirectory(database.db)).state());
  });

  it('keeps a row the table already holds, and reads the directory back', async () => {
    database = await openDatabase({});
    await insertAuthorities(database.db, [
      { code: 'AT_90001', name: 'Wien (kept)', nameLatin: null, country: 'AT', type: 'municipality', province: null, district: null, region: 'AT130', regionName: null, nuts2: 'AT13', population: 1, areaKm2: null, lat: null, lon: null, coordSource: null, searchKeys: 'wien kept' },
    ]);
    const { directory } = await prepareReference(database.db, FIXTURES);
    expect(await authorityCount(database.db)).toBe(109);
    expect(directory.get('AT_90001')!.name).toBe('Wien (kept)');
    expect(await loadReferenceData(database.db, FIXTURES)).toBe(0);
  });

  it('leaves the table\'s indexes as the migrations made them', async () => {
    database = await openDatabase({});
    const db = database.db;
    const indexes = async () => (await rowsOf<{ def: string }>(db, sql`select indexdef as def from pg_indexes where tablename = 'authorities' order by indexname`)).map((r) => r.def);
    const migrated = await indexes();
    expect(migrated.length).toBeGreaterThanOrEqual(3);
    await loadReferenceData(db, FIXTURES);
    expect(await indexes()).toEqual(migrated);
  });
});
