// `npm run db:backup` / `npm run db:restore` (scripts/db-backup.ts, scripts/db-restore.ts). With
// NODE_ENV=production: the commands compiled by `npm run build` (dist/server), which need only the runtime
// dependencies, as `npm start` does; otherwise the TypeScript through tsx, as on a fresh checkout.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// The command's own arguments start at argv[2], as when the script is run by itself.
const [command] = process.argv.splice(2, 1);
if (command !== 'backup' && command !== 'restore') {
  console.error('usage: node scripts/db.mjs backup [file] | restore <file> [--force]');
  process.exit(1);
}

if (process.env.NODE_ENV === 'production') {
  const compiled = path.join(root, `dist/server/db-${command}.js`);
  if (!fs.existsSync(compiled)) {
    console.error(`TwinBridge: no production build (${path.relative(root, compiled)} missing). Run \`npm run build\` first, or run without NODE_ENV=production in a checkout with the dev dependencies.`);
    process.exit(1);
  }
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(root, `scripts/db-${command}.ts`)).href);
}
