// npm run db:restore -- <file> [--force]: put a backup from npm run db:backup back into the configured
// database (PGlite in DATA_DIR, or PostgreSQL through DATABASE_URL) and file store. The target must be
// empty (a fresh data folder or database) unless --force, which replaces what it holds. All or nothing:
// a refused or damaged backup leaves the target as it was. Stop the app first.
import path from 'node:path';
import { dropStartupCache, loadAverage, openPlatform, printProgress, runCommand } from '../server/platform/backup.open';
import { restoreBackup } from '../server/platform/backup.restore';
import { BackupError } from '../server/platform/backup.rules';
import { loadConfig } from '../server/platform/config';

const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter((a) => a !== '--force');

await runCommand(async () => {
  if (files.length !== 1 || files[0]!.startsWith('-')) throw new BackupError('usage: npm run db:restore -- <backup file> [--force]');
  const file = path.resolve(files[0]!);
  const config = loadConfig();
  const platform = await openPlatform(config);
  try {
    console.log(`TwinBridge restore of ${file}\n  into ${platform.where}${force ? ' (replacing what is there)' : ''}`);
    const started = performance.now();
    const s = await restoreBackup({ db: platform.db, files: platform.files }, file, { force, progress: printProgress });
    dropStartupCache(config);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Restored ${s.tables} tables, ${s.rows.toLocaleString('en')} rows and ${s.files} files in ${seconds} s (${loadAverage()}). Start the platform with npm start.`);
  } finally {
    await platform.close();
  }
});
