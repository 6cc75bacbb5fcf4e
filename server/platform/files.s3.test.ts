import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { openFileStore } from './files.open';
import { startLocalS3, type LocalS3 } from './files.s3.testkit';

// The S3 store as configured: FILE_STORE and the S3_* variables, the bucket checked at start, a key prefix.

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(() => s3.stop());

const env = (over: Record<string, string> = {}) => {
  const s = s3.settings();
  return { FILE_STORE: 's3', S3_ENDPOINT: s.endpoint!, S3_BUCKET: s.bucket, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_FORCE_PATH_STYLE: '1', ...over };
};

/** A port nothing listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The keys of the objects in the test bucket, read with a client of its own. */
async function objectKeys(): Promise<string[]> {
  const s = s3.settings();
  const client = new S3Client({ region: s.region, endpoint: s.endpoint, forcePathStyle: true, credentials: s.credentials });
  const list = await client.send(new ListObjectsV2Command({ Bucket: s.bucket }));
  client.destroy();
  return (list.Contents ?? []).map((o) => o.Key!).sort();
}

describe('FILE_STORE=s3', () => {
  it('stores under S3_PREFIX in the configured bucket, and the disk store stays the default', async () => {
    expect(loadConfig({}).files).toEqual({ kind: 'disk' });
    const store = await openFileStore(loadConfig(env({ S3_PREFIX: 'twinbridge/' })).files, '/nonexistent');
    await store.put('abc-123', Buffer.from('in the bucket'));
    expect(await objectKeys()).toContain('twinbridge/abc-123');
    expect((await store.get('abc-123'))?.toString()).toBe('in the bucket');
    await store.delete('abc-123');
    expect(await objectKeys()).not.toContain('twinbridge/abc-123');
  });

  it('stops the start with a message naming the bucket and the service when the bucket cannot be used', async () => {
    const endpoint = s3.settings().endpoint!;
    const opened = (over: Record<string, string>) => openFileStore(loadConfig(env(over)).files, '/tmp');
    await expect(opened({ S3_BUCKET: 'no-such-bucket' })).rejects.toThrow(`File store: the S3 bucket "no-such-bucket" at ${endpoint} cannot be used: no such bucket (HTTP 404)`);
    await expect(opened({ S3_ACCESS_KEY_ID: 'SOMEONE-ELSE' })).rejects.toThrow('cannot be used: access refused (HTTP 403)');
    const closed = await freePort();
    await expect(opened({ S3_ENDPOINT: `http://127.0.0.1:${closed}` })).rejects.toThrow(`at http://127.0.0.1:${closed} cannot be used: connect ECONNREFUSED`);
  });

  it('refuses missing or malformed settings with the variable named', () => {
    const refused = (over: Record<string, string | undefined>) => {
      try {
        loadConfig({ ...env(), ...over });
        return '';
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(refused({ S3_BUCKET: '' })).toContain('S3_BUCKET: required when FILE_STORE=s3');
    expect(refused({ S3_SECRET_ACCESS_KEY: undefined })).toContain('S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
    expect(refused({ S3_ACCESS_KEY_ID: undefined })).toContain('S3_ACCESS_KEY_ID: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
    expect(refused({ S3_ENDPOINT: 'minio:9000' })).toContain('S3_ENDPOINT: an http(s) URL');
    expect(refused({ S3_PREFIX: '../up/' })).toContain('S3_PREFIX: letters, digits');
    expect(refused({ FILE_STORE: 'ftp' })).toContain('FILE_STORE:');
    expect(refused({})).toBe('');
    // Without keys, the AWS SDK's own chain (AWS_* variables, a role) supplies them; AWS S3 when no endpoint.
    expect(loadConfig({ FILE_STORE: 's3', S3_BUCKET: 'b', S3_REGION: 'eu-central-1' }).files).toEqual({
      kind: 's3', bucket: 'b', region: 'eu-central-1', endpoint: undefined, forcePathStyle: false, prefix: '', credentials: undefined,
    });
  });
});
