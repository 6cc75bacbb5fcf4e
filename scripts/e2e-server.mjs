// Start TwinBridge for the browser tests: build the web app, then run the server in demo mode on a
// fresh temporary data folder (real reference data, first-start load included).
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const port = process.argv[2] ?? '3210';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
execSync('node scripts/ensure-web-build.mjs', { cwd: root, stdio: 'inherit' });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-e2e-'));
const child = spawn('npx', ['tsx', 'server/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: port, HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: '1', LOG_LEVEL: 'warn', DATABASE_URL: '', AUTH_REQUESTS_PER_ADDRESS_HOUR: '10000' },
});
const stop = () => {
  child.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
