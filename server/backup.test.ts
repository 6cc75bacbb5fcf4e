import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from './domains/accounts/accounts.testkit';
import { consultationTarget, posted } from './domains/comments/comments.testkit';
import { prepareReference } from './domains/reference/reference.service';
import { buildApp } from './app';
import { createContext } from './context';
import { damaged, edited, everyTable, freshTarget, leftovers, type Target } from './backup.testkit';
import { restoreBackup } from './platform/backup.restore';
import { s3FileStore } from './platform/files.s3';
import { startLocalS3 } from './platform/files.s3.testkit';
import { writeBackup } from './platform/backup.write';
import { FIXTURES } from './test/harness';
import { withDemoPeople } from './test/people.testkit';

// npm run db:backup / db:restore: a backup of a platform with records of many kinds, restored into a
// fresh database and data folder, holds every row and every uploaded file; a refused or damaged backup
// leaves the target empty. On PostgreSQL (DATABASE_URL) it also crosses over: PostgreSQL → PGlite → PostgreSQL.

const w = withDemoPeople();
const sourceKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const pdf = Buffer.from('%PDF-1.4\n% the partnership proposal\n');
let dir = '';
let backup = '';
let conversation = '';
let attachment = '';
let source: Record<string, string> = {};
const targets: Target[] = [];

/** A fresh target, closed after the file's tests. */
async function target(kind: 'pglite' | 'postgres'): Promise<Target> {
  const t = await freshTarget(kind);
  targets.push(t);
  return t;
}

beforeAll(async () => {
  const { koln, istanbul, manager, citizen } = w.p;
  // An approach, its conversation and a message with an uploaded file; a partner request; a comment and a reply to it.
  const eoi = await koln.request('POST', '/api/expressions-of-interest', { toCode: 'TR-BSB-34', message: 'Köln would like to explore a partnership on culture.' });
  conversation = (await istanbul.request('POST', `/api/expressions-of-interest/${eoi.json().id}/decision`, { decision: 'accepted' })).json().conversationId;
  const sent = await koln.request('POST', `/api/conversations/${conversation}/messages`, { body: 'Our proposal is attached.', attachments: [{ filename: 'proposal.pdf', contentType: 'application/pdf', dataBase64: pdf.toString('base64') }] });
  expect(sent.statusCode).toBe(201);
  const read = (await istanbul.request('GET', `/api/conversations/${conversation}`)).json();
  attachment = read.messages[1].attachments[0].id;
  expect((await koln.request('POST', '/api/partner-requests', { title: 'Partner for youth exchanges', descriptionEn: 'Köln looks for a Turkish city for youth exchanges.', themes: ['youth_and_sports'] })).statusCode).toBe(201);
  const page = await consultationTarget(manager);
  const top = await posted(citizen, page, 'Plant trees along the river, both cities.');
  await posted(istanbul, page, 'We agree, and would start in spring.', { parentId: top.id });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-backup-'));
  backup = path.join(dir, 'platform.backup.gz');
  const s = await writeBackup({ db: w.t.ctx.db, kind: sourceKind, files: w.t.ctx.files }, backup);
  expect(s.files).toBe(1);
  source = await everyTable(w.t.ctx.db);
}, 120_000);

afterAll(async () => {
  for (const t of targets) await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every row and the uploaded file into a fresh database and data folder; the restored platform serves them', async () => {
    const t = await target(sourceKind);
    const s = await restoreBackup(t, backup);
    expect(s.files).toBe(1);
    expect(s.rows).toBeGreaterThan(200);
    expect(await everyTable(t.db)).toEqual(source);
    // The restored platform starts on it without loading the reference data again, and the officer reads the file.
    const { directory } = await prepareReference(t.db, FIXTURES);
    const ctx = await createContext(t.db, { ...w.t.ctx.config, dataDir: t.dataDir }, directory);
    ctx.files = t.files;
    const app = await buildApp(ctx);
    try {
      const after = await everyTable(t.db);
      for (const name of ['authorities', 'reference_loads', 'twinnings', 'messages', 'attachments', 'comments']) expect(after[name]).toBe(source[name]);
      const istanbul = await signedIn(app, 'istanbul@twinbridge.demo');
      const download = await istanbul.request('GET', `/api/conversations/${conversation}/attachments/${attachment}`);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(pdf)).toBe(true);
      const reply = (await app.inject({ method: 'GET', url: '/api/partner-requests' })).json();
      expect(JSON.stringify(reply)).toContain('Partner for youth exchanges');
    } finally {
      await ctx.mail.stop();
      await app.close();
    }
  }, 120_000);

  it.runIf(sourceKind === 'postgres')('crosses databases: PostgreSQL → PGlite → PostgreSQL, every row and the file alike', async () => {
    const embedded = await target('pglite');
    await restoreBackup(embedded, backup);
    expect(await everyTable(embedded.db)).toEqual(source);
    const again = path.join(dir, 'from-pglite.backup.gz');
    await writeBackup({ db: embedded.db, kind: 'pglite', files: embedded.files }, again);
    const pg = await target('postgres');
    await restoreBackup(pg, again);
    expect(await everyTable(pg.db)).toEqual(source);
    expect((await pg.files.get((await firstKey(pg)) ?? ''))?.equals(pdf)).toBe(true);
  }, 180_000);

  it('refuses to restore over a database that holds rows, and replaces it when forced', async () => {
    await expect(restoreBackup({ db: w.t.ctx.db, files: w.t.ctx.files }, backup)).rejects.toThrow(/target is not empty \(rows in .*\): .*--force/);
    expect(await everyTable(w.t.ctx.db)).toEqual(source);
    const t = await target(sourceKind);
    await restoreBackup(t, backup);
    await t.db.execute(sql`DELETE FROM notifications`);
    await restoreBackup(t, backup, { force: true });
    expect(await everyTable(t.db)).toEqual(source);
  }, 120_000);

  it('refuses a damaged or cut-off backup and leaves the target empty, files included', async () => {
    const t = await target(sourceKind);
    const cases: [string, RegExp][] = [
      [damaged(backup, 'cut'), /cannot be read to its end|cut short/],
      [damaged(backup, 'flipped'), /damaged/],
      // A row gone: the table's count line says so, after earlier tables went in (rolled back).
      [edited(backup, (text) => text.replace(/\n\{[^\n]*"storage_key"[^\n]*\n/, '\n')), /attachments: 0 rows read, the backup counts 1/],
      // The end line disagrees, after every row and the file went in: rows rolled back, the file taken away.
      [edited(backup, (text) => text.replace(/"end":true,"tables":\d+/, '"end":true,"tables":999')), /end line counts 999 tables/],
      [edited(backup, (text) => text.slice(0, text.lastIndexOf('#{"end"'))), /cut short/],
      [edited(backup, (text) => text.replace(/\n\{[^\n]*\n/, '\n{"id": broken\n')), /damaged/],
    ];
    for (const [file, why] of cases) {
      await expect(restoreBackup(t, file), file).rejects.toThrow(why);
      expect(await leftovers(t)).toEqual({ tables: [], files: 0 });
    }
    await expect(restoreBackup(t, path.join(dir, 'nothing.gz'))).rejects.toThrow(/no backup file/);
  }, 120_000);

  it('refuses a backup from a newer or older migration level, and a file that is not a backup', async () => {
    const t = await target(sourceKind);
    const level = (change: (n: number) => number) => edited(backup, (text) => text.replace(/"migrations":\{"count":(\d+)/, (_m, n: string) => `"migrations":{"count":${change(Number(n))}`));
    await expect(restoreBackup(t, level((n) => n + 1))).rejects.toThrow(/made by a newer TwinBridge/);
    await expect(restoreBackup(t, level((n) => n - 1))).rejects.toThrow(/made by an older TwinBridge/);
    await expect(restoreBackup(t, edited(backup, () => 'name,code\nKöln,DE_05315000\n'))).rejects.toThrow(/not a TwinBridge backup/);
    expect(await leftovers(t)).toEqual({ tables: [], files: 0 });
  }, 120_000);
});

describe('uploads in an S3 bucket', () => {
  it('go into the backup through the store and come back into another bucket prefix; objects outside the prefix stay out', async () => {
    const s3 = await startLocalS3();
    const live = await s3FileStore(s3.settings({ prefix: 'live/' }));
    const restored = await s3FileStore(s3.settings({ prefix: 'restored/' }));
    const other = await s3FileStore(s3.settings({ prefix: 'other/' }));
    try {
      const objects = new Map([['a1b2c3d4-0000-4000-8000-000000000001', pdf], ['news-cover-a1b2c3d4-0000-4000-8000-000000000002', Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x0a])]]);
      for (const [key, bytes] of objects) await live.put(key, bytes);
      await other.put('not-ours', Buffer.from('another platform'));
      const file = path.join(dir, 's3.backup.gz');
      expect((await writeBackup({ db: w.t.ctx.db, kind: sourceKind, files: live }, file)).files).toBe(2);
      const t = await target(sourceKind);
      await restoreBackup({ db: t.db, files: restored }, file);
      expect(await everyTable(t.db)).toEqual(source);
      const keys: string[] = [];
      for await (const key of restored.keys()) keys.push(key);
      expect(keys.sort()).toEqual([...objects.keys()].sort());
      for (const [key, bytes] of objects) expect((await restored.get(key))?.equals(bytes)).toBe(true);
    } finally {
      for (const store of [live, restored, other]) store.close();
      await s3.stop();
    }
  }, 120_000);
});

async function firstKey(t: Target): Promise<string | undefined> {
  for await (const key of t.files.keys()) return key;
  return undefined;
}
