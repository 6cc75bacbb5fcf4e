import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import { prepareReference } from '../domains/reference/reference.service';
import { PROJECT_DIR } from '../platform/config';
import * as schema from '../db/schema';
import { openDatabase, type Database } from '../platform/db';

/** The small reference directory every integration test loads. */
export const FIXTURES = path.join(PROJECT_DIR, 'server/test/fixtures');

// Every integration test file starts from the same database: migrated, with the fixture directory
// loaded. Making it from nothing costs a PGlite start (initdb), every migration and the fixture load,
// seconds per file on a 2-core machine and the biggest part of the suite's time. The node project's
// global setup (server/test/global-setup.ts) makes it once per run, and testApp() copies it: on
// PGlite by loading the dumped data folder, on PostgreSQL with CREATE DATABASE ... TEMPLATE.

/** Where the global setup tells the workers which template to copy (inherited by the worker processes). */
export const TEMPLATE_ENV = 'TB_TEST_TEMPLATE';

export interface Template {
  /** The PGlite data folder's tar file, or the PostgreSQL template database's name. */
  ref: string;
  drop(): Promise<void>;
}

/** Make the template on PostgreSQL when `url` is given, else on PGlite as a tar file. */
export async function makeTemplate(url: string | undefined): Promise<Template> {
  return url ? postgresTemplate(url) : pgliteTemplate();
}

async function pgliteTemplate(): Promise<Template> {
  const database = await openDatabase({});
  try {
    await prepareReference(database.db, FIXTURES);
    // drizzle's PGlite driver keeps its client as $client; the dump needs PGlite itself.
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const tar = await client.dumpDataDir('none');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-template-'));
    const file = path.join(dir, 'pgdata.tar');
    fs.writeFileSync(file, Buffer.from(await tar.arrayBuffer()));
    return { ref: file, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  } finally {
    await database.close();
  }
}

async function postgresTemplate(url: string): Promise<Template> {
  const name = `tb_template_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString() });
  try {
    await prepareReference(database.db, FIXTURES);
  } finally {
    // A template can only be copied while nobody is connected to it.
    await database.close();
  }
  return { ref: name, drop: () => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * A new database copied from the template `ref` (see makeTemplate), on the PostgreSQL server of `url`
 * or in memory on PGlite, and how to drop it. The copy is already migrated: the template was made by
 * this run from the same migrations, so there is nothing to check.
 */
export async function copyTemplate(ref: string, url: string | undefined): Promise<{ database: Database; drop(): Promise<void> }> {
  if (url) {
    const copy = await throwawayDatabase(url, ref);
    return { database: await openDatabase({ url: copy.url }), drop: copy.drop };
  }
  const client = new PGlite({ loadDataDir: new Blob([fs.readFileSync(ref)]) });
  await client.waitReady;
  const db = drizzle(client, { schema }) as unknown as Database['db'];
  return { database: { db, kind: 'pglite', close: () => client.close() }, drop: async () => {} };
}

/** A new database on the PostgreSQL server of `url` (empty, or a copy of `template`), and how to drop it (connections and all). */
export async function throwawayDatabase(url: string, template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tb_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** One statement on the server's own database (CREATE and DROP DATABASE cannot run inside one to be dropped). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
