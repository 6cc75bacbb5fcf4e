import fs from 'node:fs/promises';
import path from 'node:path';

/** Where uploaded files live; an S3-compatible store can implement the same three calls. */
export interface FileStore {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

/** Files under a folder (DATA_DIR/uploads by default); keys are generated ids, never user input. */
export function localFileStore(dir: string): FileStore {
  const file = (key: string) => {
    if (!/^[a-z0-9-]+$/i.test(key)) throw new Error(`Bad storage key ${key}`);
    return path.join(dir, key.slice(0, 2), key);
  };
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
  };
}
