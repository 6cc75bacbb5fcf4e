import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localFileStore } from './files';

describe('localFileStore.get', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'twinbridge-files-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('reads back what was put, and gives null for a key never stored', async () => {
    const store = localFileStore(dir);
    await store.put('abc123', Buffer.from('hello'));
    expect((await store.get('abc123'))?.toString()).toBe('hello');
    expect(await store.get('nothere')).toBeNull();
  });

  it('raises any other read error instead of calling the file missing', async () => {
    const store = localFileStore(dir);
    // A folder where the file should be: reading it fails with EISDIR, which is no "not found".
    await fs.mkdir(path.join(dir, 'di', 'dirkey'), { recursive: true });
    await expect(store.get('dirkey')).rejects.toMatchObject({ code: 'EISDIR' });
  });
});
