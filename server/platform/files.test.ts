import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../shared/uploads';
import { localFileStore, type FileStore } from './files';
import { s3FileStore, type S3FileStore } from './files.s3';
import { startLocalS3, type LocalS3 } from './files.s3.testkit';

// One contract, two stores: the folder on this machine and an S3-compatible bucket (s3rver, started
// here on a free port). Every upload route relies on exactly these answers.

let dir: string;
let s3: LocalS3;
let bucketStore: S3FileStore;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'twinbridge-files-'));
  s3 = await startLocalS3();
  bucketStore = await s3FileStore(s3.settings());
});
afterAll(async () => {
  bucketStore.close();
  await s3.stop();
  await fs.rm(dir, { recursive: true, force: true });
});

const stores: [string, () => FileStore][] = [
  ['disk', () => localFileStore(dir)],
  ['S3', () => bucketStore],
];

describe('the disk file store', () => {
  it('lists no key for a folder that does not exist yet, nor for a write cut short (.tmp)', async () => {
    const fresh = localFileStore(path.join(dir, 'not-yet'));
    const keys = async () => {
      const out: string[] = [];
      for await (const key of fresh.keys()) out.push(key);
      return out;
    };
    expect(await keys()).toEqual([]);
    await fresh.put('kept-1', Buffer.from('x'));
    await fs.writeFile(path.join(dir, 'not-yet', 'ke', 'kept-2.tmp'), 'half');
    expect(await keys()).toEqual(['kept-1']);
  });
});

describe.each(stores)('the %s file store', (_name, store) => {
  it('reads back what was put, replaces it on a second put, and gives null once deleted', async () => {
    await store().put('abc123', Buffer.from('hello'));
    expect((await store().get('abc123'))?.toString()).toBe('hello');
    await store().put('abc123', Buffer.from('hello again'));
    expect((await store().get('abc123'))?.toString()).toBe('hello again');
    await store().delete('abc123');
    expect(await store().get('abc123')).toBeNull();
  });

  it('gives null for a key never stored, and deleting one is no error', async () => {
    expect(await store().get('nothere')).toBeNull();
    await expect(store().delete('nothere')).resolves.toBeUndefined();
  });

  it('keeps an empty file and the largest attachment byte for byte', async () => {
    await store().put('empty-file', Buffer.alloc(0));
    expect((await store().get('empty-file'))?.length).toBe(0);
    const big = randomBytes(MAX_ATTACHMENT_BYTES);
    await store().put('news-cover-6f1c2a7e-0000-4000-8000-000000000001', big);
    expect((await store().get('news-cover-6f1c2a7e-0000-4000-8000-000000000001'))?.equals(big)).toBe(true);
  });

  it('lists every stored key once (what a backup copies), not a deleted one', async () => {
    const keys = ['listed-a', 'listed-b', 'news-cover-6f1c2a7e-0000-4000-8000-000000000002'];
    for (const key of [...keys, 'listed-gone']) await store().put(key, Buffer.from(key));
    await store().delete('listed-gone');
    const seen: string[] = [];
    for await (const key of store().keys()) seen.push(key);
    expect(seen.filter((k) => k.startsWith('listed-') || k.endsWith('0002')).sort()).toEqual([...keys].sort());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('holds many files put at once apart', async () => {
    const keys = Array.from({ length: 20 }, (_, k) => `parallel-${k}`);
    await Promise.all(keys.map((key) => store().put(key, Buffer.from(key))));
    const read = await Promise.all(keys.map((key) => store().get(key)));
    expect(read.map((b) => b?.toString())).toEqual(keys);
  });

  it('refuses a key that is not a generated id (Unicode, a path, nothing) before storing anything', async () => {
    for (const key of ['dosya-ş', 'Köln', '../escape', 'a/b', 'a.b', '', 'x\u0000']) {
      await expect(store().put(key, Buffer.from('x'))).rejects.toThrow('Bad storage key');
      await expect(store().get(key)).rejects.toThrow('Bad storage key');
      await expect(store().delete(key)).rejects.toThrow('Bad storage key');
    }
    expect(await store().get('escape')).toBeNull();
    expect(await store().get('b')).toBeNull();
  });
});

describe('a failing store raises instead of calling the file missing', () => {
  it('on disk: a folder where the file should be (EISDIR)', async () => {
    await fs.mkdir(path.join(dir, 'di', 'dirkey'), { recursive: true });
    await expect(localFileStore(dir).get('dirkey')).rejects.toMatchObject({ code: 'EISDIR' });
  });

  it('on S3: a bucket that does not exist', async () => {
    const store = await s3FileStore(s3.settings({ bucket: 'no-such-bucket' }));
    await expect(store.get('abc123')).rejects.toMatchObject({ name: 'NoSuchBucket' });
    await expect(store.put('abc123', Buffer.from('x'))).rejects.toMatchObject({ name: 'NoSuchBucket' });
    store.close();
  });
});
