import { checkedKey, type FileStore } from './files';

/** An S3-compatible bucket (AWS S3, MinIO, Ceph, Garage, a cloud provider's object storage). */
export interface S3Settings {
  bucket: string;
  region: string;
  /** The service's URL; AWS S3 when absent. */
  endpoint: string | undefined;
  /** Bucket in the path (`endpoint/bucket/key`) instead of the host name: what most self-hosted services need. */
  forcePathStyle: boolean;
  /** Put before every key, so one bucket can hold several platforms' files (e.g. `twinbridge/`). */
  prefix: string;
  /** Without them the AWS SDK's usual chain applies (AWS_* variables, an instance or task role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
}

export interface S3FileStore extends FileStore {
  /** Fails with a message naming the bucket and the service when the bucket cannot be reached with these settings. */
  check(): Promise<void>;
  /** Closes the client's kept connections. */
  close(): void;
}

const HEAD_STATUS: Record<number, string> = {
  301: 'the bucket is in another region (HTTP 301)',
  400: 'the service refused the request (HTTP 400)',
  403: 'access refused (HTTP 403)',
  404: 'no such bucket (HTTP 404)',
};

/**
 * Files as objects of one bucket, under `prefix + key`; one client (and its kept connections) for the
 * process. The AWS SDK loads here, only when S3 is configured: it takes a second or two to load.
 */
export async function s3FileStore(s: S3Settings): Promise<S3FileStore> {
  const { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } = await import('@aws-sdk/client-s3');
  const client = new S3Client({
    region: s.region,
    endpoint: s.endpoint,
    forcePathStyle: s.forcePathStyle,
    credentials: s.credentials,
    // Checksums only where S3 requires them: many S3-compatible services reject the newer default ones.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = s.bucket;
  const object = (key: string) => ({ Bucket, Key: s.prefix + checkedKey(key) });
  return {
    async put(key, bytes) {
      await client.send(new PutObjectCommand({ ...object(key), Body: bytes, ContentLength: bytes.length, ContentType: 'application/octet-stream' }));
    },
    async get(key) {
      try {
        const res = await client.send(new GetObjectCommand(object(key)));
        return res.Body ? Buffer.from(await res.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (err) {
        // Only a missing object is "not found"; a missing bucket or a refused key is ours (a logged 500).
        if (err instanceof S3ServiceException && err.name === 'NoSuchKey') return null;
        throw err;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand(object(key)));
    },
    async *keys() {
      // A page at a time (1,000 keys each); objects outside the key shape (another tool's, under the prefix) are not ours.
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: s.prefix || undefined, ContinuationToken }));
        for (const o of page.Contents ?? []) {
          const key = (o.Key ?? '').slice(s.prefix.length);
          if (/^[a-z0-9-]+$/i.test(key)) yield key;
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
      } catch (err) {
        // A HEAD answer has no body, so the status says what went wrong; a network error says it itself.
        const status = err instanceof S3ServiceException ? err.$metadata.httpStatusCode : undefined;
        const why = (status && HEAD_STATUS[status]) ?? (err instanceof Error ? err.message : String(err));
        throw new Error(`File store: the S3 bucket "${Bucket}" at ${s.endpoint ?? `AWS S3 (${s.region})`} cannot be used: ${why}. Check S3_ENDPOINT, S3_BUCKET, S3_REGION and the access keys.`);
      }
    },
    close() {
      client.destroy();
    },
  };
}
