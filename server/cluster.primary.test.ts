import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, freePorts, ready, server, type ServerProcess } from './cluster.testkit';
import { throwawayDatabase } from './test/harness';

// `npm start` on PostgreSQL with APP_PROCESSES=2: one primary, two app processes sharing the port.
const url = process.env.DATABASE_URL;

describe.skipIf(!url)('several app processes from one start (node:cluster)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-primary-'));
  let primary: ServerProcess | null = null;
  let drop = async () => {};
  afterAll(async () => {
    if (primary && primary.child.exitCode === null) primary.child.kill('SIGKILL');
    await drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const readyPids = (s: ServerProcess) => [...s.out().matchAll(/app process (\d+) ready/g)].map((m) => Number(m[1]));

  it('prepares once, serves from both, starts another when one dies, and stops all on SIGTERM', async () => {
    const throwaway = await throwawayDatabase(url!);
    drop = throwaway.drop;
    const [port] = await freePorts(1);
    primary = server({ DATABASE_URL: throwaway.url, APP_PROCESSES: '2', PORT: String(port), DATA_DIR: dataDir });
    await ready(primary, 'TwinBridge ready');
    const out = primary.out();
    expect(out).toContain('(2 app processes)');
    expect(out.match(/loaded \d+ authorities/g)).toHaveLength(1); // the first-start load ran once, in the primary
    const [first, second] = readyPids(primary);
    expect([first, second].every((pid) => pid !== undefined && pid !== primary!.child.pid && alive(pid))).toBe(true);
    for (let k = 0; k < 4; k++) expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);

    process.kill(first!, 'SIGKILL');
    await ready(primary, `app process ${first} ended (signal SIGKILL); starting another`);
    await ready(primary, /app process \d+ ready[\s\S]*app process \d+ ready[\s\S]*app process \d+ ready/);
    const third = readyPids(primary)[2]!;
    expect(alive(third)).toBe(true);
    for (let k = 0; k < 4; k++) expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);

    primary.child.kill('SIGTERM');
    expect(await exited(primary.child)).toBe(0);
    expect([second!, third].filter(alive)).toEqual([]);
  }, 300_000);
});
