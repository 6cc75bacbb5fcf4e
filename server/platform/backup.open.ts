import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BackupError } from './backup.rules';
import type { BackupProgress } from './backup.write';
import type { Config } from './config';
import { openDatabase, type Database } from './db';
import type { FileStore } from './files';
import { openFileStore } from './files.open';

/** The platform's database and file store as the configuration names them, for the backup commands. */
export interface Platform extends Database {
  files: FileStore;
  /** Where the data is, in words: "PGlite in …" or "PostgreSQL …", and the file store. */
  where: string;
}

/** Open what `npm start` would open, without starting the app: the embedded database is locked while open. */
export async function openPlatform(config: Config): Promise<Platform> {
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl, poolSize: config.pgPoolSize } : { dir: path.join(config.dataDir, 'db') });
  try {
    const files = await openFileStore(config.files, config.dataDir);
    const db = config.databaseUrl ? `PostgreSQL ${redacted(config.databaseUrl)}` : `PGlite in ${path.join(config.dataDir, 'db')}`;
    const store = config.files.kind === 's3' ? `S3 bucket ${config.files.bucket}${config.files.prefix ? ` (prefix ${config.files.prefix})` : ''}` : path.join(config.dataDir, 'uploads');
    return { ...database, files, where: `${db}, files in ${store}` };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** A URL without its password, for messages. */
function redacted(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}

/** Progress on stderr: a line per table (and every 20,000 rows of a big one). */
export const printProgress: BackupProgress = (what, done) => process.stderr.write(`  ${what.padEnd(28)} ${done.toLocaleString('en')}\n`);

/** The machine's load beside a figure: the machine may be shared and busy. */
export function loadAverage(): string {
  return `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} on ${os.availableParallelism()} cores`;
}

/** Run a command's work; a refusal or a damaged backup is said in one line, and the exit code is 1. */
export async function runCommand(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    const known = err instanceof BackupError;
    console.error(`\n${known ? 'Refused' : 'Failed'}: ${err instanceof Error ? (known ? err.message : (err.stack ?? err.message)) : String(err)}`);
    process.exitCode = 1;
  }
}

/** The start-up cache of an embedded data folder describes the database it was built from: after a restore it goes. */
export function dropStartupCache(config: Config): void {
  if (!config.databaseUrl) fs.rmSync(path.join(config.dataDir, 'cache'), { recursive: true, force: true });
}
