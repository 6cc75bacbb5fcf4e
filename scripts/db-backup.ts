// npm run db:backup -- [file]: a backup of the platform's database (PGlite in DATA_DIR, or PostgreSQL
// through DATABASE_URL) and its uploaded files (DATA_DIR/uploads, or the S3 bucket) into one
// gzip-compressed file, by default twinbridge-<date and time>.backup.gz in the current folder.
import path from 'node:path';
import { loadAverage, openPlatform, printProgress, runCommand } from '../server/platform/backup.open';
import { writeBackup } from '../server/platform/backup.write';
import { loadConfig } from '../server/platform/config';

const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
const out = path.resolve(process.argv[2] ?? `twinbridge-${stamp}.backup.gz`);

await runCommand(async () => {
  const config = loadConfig();
  const platform = await openPlatform(config);
  try {
    console.log(`TwinBridge backup of ${platform.where}\n  into ${out}`);
    const started = performance.now();
    const s = await writeBackup({ db: platform.db, kind: platform.kind, files: platform.files }, out, printProgress);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Backed up ${s.tables} tables, ${s.rows.toLocaleString('en')} rows and ${s.files} files: ${(s.bytes / 1e6).toFixed(1)} MB in ${seconds} s (${loadAverage()})`);
  } finally {
    await platform.close();
  }
});
