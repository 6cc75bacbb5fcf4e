import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ready, server, type ServerProcess } from '../test/processes';
import { DataDirLockedError, lockDataDir } from './datalock';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-lock-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The real server on the shared folder, on PGlite whatever the suite runs on: the lock is the embedded database's. */
function serverOnFolder(): ServerProcess {
  const s = server({ DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '' });
  children.push(s.child);
  return s;
}

const exited = (c: ChildProcess) => new Promise<number | null>((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve(c.exitCode) : c.once('exit', (code) => resolve(code))));

describe('one process per data folder', () => {
  it('a second server on the same folder refuses to start, naming it and the pid; after kill -9 a restart succeeds', async () => {
    const first = serverOnFolder();
    await ready(first);
    const dbDir = path.join(dataDir, 'db');

    const second = serverOnFolder();
    expect(await exited(second.child)).toBe(1);
    expect(second.out()).toContain(`data folder ${dbDir} is in use`);
    expect(second.out()).toContain(`pid ${first.child.pid}`);
    expect(second.out()).not.toContain('TwinBridge ready');

    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(fs.readFileSync(`${dbDir}.lock`, 'utf8')).toBe(String(first.child.pid)); // left behind: stale

    const third = serverOnFolder();
    await ready(third);
    expect(fs.readFileSync(`${dbDir}.lock`, 'utf8')).toBe(String(third.child.pid));
    third.child.kill('SIGTERM');
    expect(await exited(third.child)).toBe(0);
    expect(fs.existsSync(`${dbDir}.lock`)).toBe(false);
  }, 240_000);

  it('within one process too; a lock of a process that is gone is taken over, and released', () => {
    const dir = path.join(dataDir, 'unit');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    fs.writeFileSync(`${dir}.lock`, String(dead));
    const release = lockDataDir(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
    lockDataDir(dir)();
  });
});
