// `npm test`: every test — unit and integration (PGlite, or PostgreSQL when DATABASE_URL is set),
// then the browser tests in Debian's Chromium, installed here with apt-get when missing and allowed.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

function ensureChromium() {
  if (fs.existsSync(chromium)) return;
  const root = process.getuid?.() === 0;
  if (!root || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(`The browser tests need Chromium at ${chromium}: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Installing Debian Chromium for the browser tests…');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null');
}

try {
  run('npx vitest run');
  ensureChromium();
  run('npx playwright test');
} catch {
  process.exit(1);
}
