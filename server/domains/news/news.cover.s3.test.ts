import fs from 'node:fs';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsPost } from '../../../shared/news';
import { loadConfig } from '../../platform/config';
import { openFileStore } from '../../platform/files.open';
import { startLocalS3, type LocalS3 } from '../../platform/files.s3.testkit';
import { withDemoPeople } from '../../test/people.testkit';
import { written } from './news.testkit';

// An upload through a real route with FILE_STORE=s3: the bytes live in the bucket (s3rver, started
// here), not in DATA_DIR, and replacing or clearing the cover deletes them there.

const w = withDemoPeople();
let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
  const s = s3.settings();
  const env = { FILE_STORE: 's3', S3_ENDPOINT: s.endpoint!, S3_BUCKET: s.bucket, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER', S3_FORCE_PATH_STYLE: 'true', S3_PREFIX: 'tb/' };
  w.t.ctx.files = await openFileStore(loadConfig(env).files, w.t.ctx.config.dataDir);
});
afterAll(() => s3.stop());

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
const upload = (bytes: Buffer, filename: string, contentType: string) => ({ filename, contentType, dataBase64: bytes.toString('base64') });

/** The keys in the bucket, listed by a client of the test's own. */
async function bucketKeys(): Promise<string[]> {
  const s = s3.settings();
  const client = new S3Client({ region: s.region, endpoint: s.endpoint, forcePathStyle: true, credentials: s.credentials });
  const list = await client.send(new ListObjectsV2Command({ Bucket: s.bucket }));
  client.destroy();
  return (list.Contents ?? []).map((o) => o.Key!);
}

describe('news covers on an S3 file store', () => {
  it('uploads the cover into the bucket, serves it back, and deletes it there when replaced and when cleared', async () => {
    const post = await written(w.p.manager, { titleEn: 'Cover in a bucket' });
    const first = ((await w.p.manager.request('PUT', `/api/news/${post.id}/cover`, upload(PNG, 'liman.png', 'image/png'))).json() as NewsPost).coverImage!;
    const firstKey = `tb/news-cover-${path.basename(first, '.png')}`;
    expect(await bucketKeys()).toEqual([firstKey]);
    expect(fs.existsSync(path.join(w.t.ctx.config.dataDir, 'uploads'))).toBe(false);
    const image = await w.anonymous.request('GET', first);
    expect(image.statusCode).toBe(200);
    expect(image.rawPayload.equals(PNG)).toBe(true);

    const second = ((await w.p.manager.request('PUT', `/api/news/${post.id}/cover`, upload(JPEG, 'Liman görünümü.jpg', 'image/jpeg'))).json() as NewsPost).coverImage!;
    expect(await bucketKeys()).toEqual([`tb/news-cover-${path.basename(second, '.jpg')}`]);
    expect((await w.anonymous.request('GET', second)).rawPayload.equals(JPEG)).toBe(true);
    expect((await w.anonymous.request('GET', first)).statusCode).toBe(404);

    await w.p.manager.request('PUT', `/api/news/${post.id}`, { ...post, coverImage: null });
    expect(await bucketKeys()).toEqual([]);
    expect((await w.anonymous.request('GET', second)).statusCode).toBe(404);
  });
});
