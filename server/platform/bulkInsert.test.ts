import { PGlite } from '@electric-sql/pglite';
import { asc } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertJsonRows } from './bulkInsert';
import type { Db } from './db';
import { CREATE_THINGS, things } from './bulk.testkit';

describe('insertJsonRows', () => {
  const client = new PGlite();
  const db = drizzle(client) as unknown as Db;
  beforeAll(async () => {
    await client.exec(CREATE_THINGS);
  });
  afterAll(() => client.close());

  it('stores every value as drizzle would (quotes, accents, nulls, jsonb, dates) and gives left-out columns their defaults', async () => {
    const seenAt = new Date('2026-12-07T09:00:00.123Z');
    await insertJsonRows(db, things, [
      { code: 'a', label: 'Köln, "Stadt"\n\\ İstanbul', count: 3, share: 0.125, tags: ['x', 'y"z'], seenAt },
      { code: 'b', label: null, count: null, share: -1e-7, tags: [], seenAt: null },
    ]);
    const rows = await db.select().from(things).orderBy(asc(things.code));
    expect(rows.map(({ id: _, ...r }) => r)).toEqual([
      { code: 'a', label: 'Köln, "Stadt"\n\\ İstanbul', count: 3, share: 0.125, tags: ['x', 'y"z'], seenAt, kept: true },
      { code: 'b', label: null, count: null, share: -1e-7, tags: [], seenAt: null, kept: true },
    ]);
    expect(rows.every((r) => /^[0-9a-f-]{36}$/.test(r.id))).toBe(true);
  });

  it('keeps the row already there on a conflict when asked, and fails without', async () => {
    await insertJsonRows(db, things, [{ code: 'a', label: 'again' }, { code: 'c', label: 'new' }], { onConflictDoNothing: true });
    const labels = (await db.select({ code: things.code, label: things.label }).from(things).orderBy(asc(things.code))).map((r) => `${r.code}:${r.label}`);
    expect(labels).toEqual(['a:Köln, "Stadt"\n\\ İstanbul', 'b:null', 'c:new']);
    await expect(insertJsonRows(db, things, [{ code: 'a', label: 'again' }])).rejects.toThrow();
  });

  it('refuses rows that set different columns (one would get NULL instead of its default)', async () => {
    await expect(insertJsonRows(db, things, [{ code: 'd' }, { code: 'e', kept: false }])).rejects.toThrow(/same columns/);
    await expect(insertJsonRows(db, things, [{ code: 'd', kept: false }, { code: 'e' }])).rejects.toThrow(/same columns/);
    await insertJsonRows(db, things, []);
  });
});
