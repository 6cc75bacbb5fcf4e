import fs from 'node:fs/promises';
import path from 'node:path';

/** Where uploaded files live: a folder on this machine, or an S3-compatible bucket several machines share. */
export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes stored under the key, or null when nothing is; any other failure is raised. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the key's bytes; a key never stored is no error. */
  delete(key: string): Promise<void>;
  /** Every stored key, in no particular order (backups copy them all). */
  keys(): AsyncIterable<string>;
}

/**
 * Keys are generated ids (a uuid, perhaps behind a fixed prefix), never user input: anything else is
 * refused before any I/O, by every store alike, so no key can climb out of a folder or a bucket prefix.
 */
export function checkedKey(key: string): string {
  if (!/^[a-z0-9-]+$/i.test(key)) throw new Error(`Bad storage key ${JSON.stringify(key)}`);
  return key;
}

/** Files under a folder (DATA_DIR/uploads by default), in sub-folders by the key's first two characters. */
export function localFileStore(dir: string): FileStore {
  const file = (key: string) => path.join(dir, checkedKey(key).slice(0, 2), key);
  return {
    async put(key, bytes) {
      await fs.mkdir(path.dirname(file(key)), { recursive: true });
      await fs.writeFile(`${file(key)}.tmp`, bytes);
      await fs.rename(`${file(key)}.tmp`, file(key));
    },
    async get(key) {
      try {
        return await fs.readFile(file(key));
      } catch (err) {
        // Only a missing file is "not found"; a permission or disk error is ours (a logged 500), not the caller's 404.
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async delete(key) {
      await fs.rm(file(key), { force: true });
    },
    keys: () => localKeys(dir),
  };
}

/** The keys under a local store's folder; a `.tmp` left by an interrupted write is no file. */
async function* localKeys(dir: string): AsyncGenerator<string> {
  const shards = await fs.readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  for (const shard of shards) {
    if (!shard.isDirectory()) continue;
    for (const name of await fs.readdir(path.join(dir, shard.name))) {
      if (/^[a-z0-9-]+$/i.test(name) && name.slice(0, 2) === shard.name) yield name;
    }
  }
}
