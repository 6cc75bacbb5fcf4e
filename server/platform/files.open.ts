import path from 'node:path';
import { localFileStore, type FileStore } from './files';
import { s3FileStore, type S3Settings } from './files.s3';

/** Which store the configuration picks (FILE_STORE and the S3_* variables, see config.ts). */
export type FileStoreSettings = { kind: 'disk' } | ({ kind: 's3' } & S3Settings);

/**
 * The configured store: DATA_DIR/uploads, or the S3 bucket, checked first so that a wrong bucket or
 * key stops the start instead of failing the first upload.
 */
export async function openFileStore(settings: FileStoreSettings, dataDir: string): Promise<FileStore> {
  if (settings.kind === 'disk') return localFileStore(path.join(dataDir, 'uploads'));
  const store = await s3FileStore(settings);
  try {
    await store.check();
  } catch (err) {
    store.close();
    throw err;
  }
  return store;
}
