import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_DIR } from '../platform/config';
import { FIXTURES } from './harness';

// Real server processes for the tests that need more than app.inject: the data-folder lock, several
// app processes on one PostgreSQL.

export interface ServerProcess {
  child: ChildProcess;
  out: () => string;
}

/** The real server (node + tsx, no npm wrapper: its pid is the server's) on the fixture directory, with `env` on top. */
export function server(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: PROJECT_DIR,
    env: { ...process.env, REFERENCE_DIR: FIXTURES, HOST: '127.0.0.1', DEMO: '0', LOG_LEVEL: 'warn', SMTP_URL: '', ...env },
  });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  return { child, out: () => text };
}

/** Resolves once the server's output has `text` (its ready line by default); rejects if it exits first. */
export function ready(s: ServerProcess, text: string | RegExp = 'TwinBridge ready'): Promise<void> {
  const seen = () => (typeof text === 'string' ? s.out().includes(text) : text.test(s.out()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (seen()) {
        clearInterval(timer);
        resolve();
      } else if (s.child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`exited ${s.child.exitCode}: ${s.out()}`));
      }
    }, 100);
  });
}
