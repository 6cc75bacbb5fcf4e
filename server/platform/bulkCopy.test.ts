import { PGlite } from '@electric-sql/pglite';
import { asc, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from './backup.catalog';
import { copyField, copyRows, copyText, withIndexesAfter } from './bulkCopy';
import type { Db } from './db';
import { CREATE_THINGS, things } from './bulk.testkit';
import { throwawayDatabase } from '../test/harness';

describe('COPY text', () => {
  it('escapes what would end a field or a row, and nothing else', () => {
    expect(copyField('Köln, "Stadt" İstanbul Θεσσαλονίκη')).toBe('Köln, "Stadt" İstanbul Θεσσαλονίκη');
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    // A value that reads like the null marker stays a value.
    expect(copyField('\\N')).toBe('\\\\N');
  });

  it('lists the columns the rows set, and writes null as \\N', () => {
    expect(copyText(things, [{ code: 'a', label: null, count: 2 }])).toEqual({ columns: '"code", "label", "count"', text: 'a\t\\N\t2\n' });
  });
});

/** A database holding the things table: PGlite in memory, or a throw-away one on PostgreSQL. */
interface Place {
  db: Db;
  close(): Promise<void>;
}

async function onPglite(): Promise<Place> {
  const client = new PGlite();
  await client.exec(CREATE_THINGS);
  return { db: drizzle(client) as unknown as Db, close: () => client.close() };
}

async function onPostgres(url: string): Promise<Place> {
  const throwaway = await throwawayDatabase(url);
  const pool = new pg.Pool({ connectionString: throwaway.url, max: 2 });
  await pool.query(CREATE_THINGS);
  return { db: drizzleNodePg(pool) as unknown as Db, close: async () => { await pool.end(); await throwaway.drop(); } };
}

// COPY goes through each driver's own channel (PGlite's /dev/blob, PostgreSQL's STDIN): on both when the suite runs on PostgreSQL.
const places: [string, () => Promise<Place>][] = [['PGlite', onPglite]];
const url = process.env.DATABASE_URL;
if (url) places.push(['PostgreSQL', () => onPostgres(url)]);

describe.each(places)('copyRows on %s', (_, open) => {
  let place: Place;
  let db: Db;
  beforeAll(async () => {
    place = await open();
    db = place.db;
  });
  afterAll(() => place.close());

  it('stores every value as an insert would (escapes, accents, nulls, jsonb, dates, floats) and gives left-out columns their defaults', async () => {
    const seenAt = new Date('2026-12-07T09:00:00.123Z');
    const rows = [
      { code: 'a', label: 'Köln, "Stadt"\n\\ İstanbul\tΘεσσαλονίκη\r', count: 3, share: 0.1 + 0.2, tags: ['x', 'y"z', 'tab\there'], seenAt },
      { code: 'b', label: null, count: null, share: -1e-7, tags: [], seenAt: null },
      { code: 'c', label: '\\N', count: -2147483648, share: 5e-324, tags: ['\\'], seenAt },
      { code: 'd', label: '', count: 0, share: 1.7976931348623157e308, tags: [], seenAt: null },
    ];
    await copyRows(db, things, rows);
    const stored = await db.select().from(things).orderBy(asc(things.code));
    expect(stored.map(({ id: _, ...r }) => r)).toEqual(rows.map((r) => ({ ...r, kept: true })));
    expect(stored.every((r) => /^[0-9a-f-]{36}$/.test(r.id))).toBe(true);
  });

  it('fails on a key already there, and stores nothing of that batch', async () => {
    await expect(copyRows(db, things, [{ code: 'e', label: 'new' }, { code: 'a', label: 'again' }])).rejects.toThrow();
    const codes = (await db.select({ code: things.code }).from(things).orderBy(asc(things.code))).map((r) => r.code);
    expect(codes).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is undone with the transaction it ran in', async () => {
    await expect(
      db.transaction(async (tx) => {
        await copyRows(tx, things, [{ code: 'f', label: 'in a transaction' }]);
        expect((await tx.select().from(things)).length).toBe(5);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await db.select().from(things)).length).toBe(4);
  });

  it('refuses rows that set different columns (one would get NULL instead of its default)', async () => {
    await expect(copyRows(db, things, [{ code: 'g' }, { code: 'h', kept: false }])).rejects.toThrow(/same columns/);
    await expect(copyRows(db, things, [{ code: 'g', kept: false }, { code: 'h' }])).rejects.toThrow(/same columns/);
    await copyRows(db, things, []);
  });
});

describe('withIndexesAfter', () => {
  const client = new PGlite();
  const db = drizzle(client) as unknown as Db;
  const indexes = async (on: Db = db) => (await rowsOf<{ def: string }>(on, sql`select indexdef as def from pg_indexes where tablename = 'things' order by indexname`)).map((r) => r.def);
  beforeAll(async () => {
    await client.exec(`create table things (id uuid primary key default gen_random_uuid(), code text not null unique, label text, count integer,
      share double precision, tags jsonb not null default '[]', seen_at timestamptz, kept boolean not null default true);
      create index things_label_idx on things using btree (label, count desc);
      create index things_kept_idx on things (seen_at) where not kept`);
  });
  afterAll(() => client.close());

  it('loads without the secondary indexes and makes them again as they were; the constraints\' ones stay', async () => {
    const before = await indexes();
    expect(before).toHaveLength(4);
    const during = await db.transaction((tx) => withIndexesAfter(tx, things, async () => {
      await copyRows(tx, things, [{ code: 'a', label: 'x', count: 1 }, { code: 'b', label: 'y', count: 2 }]);
      return indexes(tx);
    }));
    expect(during.map((d) => /INDEX (\S+) ON/.exec(d)?.[1])).toEqual(['things_code_key', 'things_pkey']);
    expect(await indexes()).toEqual(before);
    expect((await db.select().from(things)).length).toBe(2);
  });

  it('leaves the indexes as they were when the load fails', async () => {
    const before = await indexes();
    await expect(db.transaction((tx) => withIndexesAfter(tx, things, () => Promise.reject(new Error('disk full'))))).rejects.toThrow('disk full');
    expect(await indexes()).toEqual(before);
  });
});
