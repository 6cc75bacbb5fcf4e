import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { S3Settings } from './files.s3';

/** s3rver's fixed keys: it checks every request's signature against them. */
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface LocalS3 {
  /** Settings for a store on the running server's bucket (path style, as self-hosted services want). */
  settings(over?: Partial<S3Settings>): S3Settings;
  /** The folder s3rver keeps the objects in. */
  directory: string;
  stop(): Promise<void>;
}

/** A local S3-compatible server (s3rver) on a free port with an empty bucket, in a temporary folder. */
export async function startLocalS3(bucket = 'twinbridge-test'): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    directory,
    settings: (over = {}) => ({ bucket, region: 'us-east-1', endpoint: `http://127.0.0.1:${port}`, forcePathStyle: true, prefix: '', credentials: KEYS, ...over }),
    async stop() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
