import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { ContentMeter, isInMemory, meterBuffer, meteredChunks } from './content-hash.ts';
import {
  assertSafeKey,
  assertSafePrefix,
  assertTenantId,
  contentKey,
  type PutData,
  type PutOptions,
  type Storage,
  StorageNotFoundError,
  type StoredObject,
} from './storage.ts';

/** Connection settings of an S3-compatible bucket (AWS, MinIO, Ceph, …). */
export interface S3StorageOptions {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
}

/** Streams that end within this many bytes are buffered and put directly; longer ones go through a temp key. */
const DIRECT_PUT_LIMIT = 8 * 1024 * 1024;

/**
 * A Storage backed by an S3-compatible bucket. Streams longer than 8 MiB are uploaded to
 * `${tenantId}/tmp/<uuid>` while being hashed, then copied to their content key; such temp keys may
 * briefly show up in list() while an upload is in flight. CopyObject limits single objects to 5 GiB.
 */
export function createS3Storage(options: S3StorageOptions): Storage {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // Only send/verify the newer flexible checksums when an operation requires them: many S3-compatible
    // servers do not understand aws-chunked trailing checksums. Integrity is ours anyway (SHA-256 key).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return new S3Storage(client, options.bucket);
}

class S3Storage implements Storage {
  readonly kind = 's3';

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(tenantId: string, data: PutData, opts: PutOptions = {}): Promise<StoredObject> {
    assertTenantId(tenantId);
    if (!isInMemory(data)) return this.putStream(tenantId, data, opts);
    const { bytes, sha256 } = meterBuffer(data, opts.maxBytes);
    return this.putBytes(tenantId, bytes, sha256, opts.contentType);
  }

  async get(key: string): Promise<Buffer> {
    const body = await this.getBody(key);
    return Buffer.from(await body.transformToByteArray());
  }

  async stream(key: string): Promise<NodeJS.ReadableStream> {
    // In Node the SDK's body is an http.IncomingMessage (a Readable) with helper methods mixed in.
    return (await this.getBody(key)) as unknown as Readable;
  }

  async exists(key: string): Promise<boolean> {
    assertSafeKey(key);
    return this.objectExists(key);
  }

  async delete(key: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  list(prefix: string): AsyncIterable<string> {
    assertSafePrefix(prefix);
    return listKeys(this.client, this.bucket, prefix);
  }

  private async objectExists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  private async getBody(key: string) {
    assertSafeKey(key);
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!response.Body) throw new StorageNotFoundError(key);
      return response.Body;
    } catch (error) {
      throw isNotFound(error) ? new StorageNotFoundError(key) : error;
    }
  }

  private async putBytes(tenantId: string, bytes: Buffer, sha256: string, contentType?: string): Promise<StoredObject> {
    const key = contentKey(tenantId, sha256);
    if (!(await this.objectExists(key))) {
      const params = { Bucket: this.bucket, Key: key, Body: bytes, ContentLength: bytes.length, ContentType: contentType };
      await this.client.send(new PutObjectCommand(params));
    }
    return { key, sha256, size: bytes.length };
  }

  /** Buffers up to DIRECT_PUT_LIMIT; a stream that ends by then is put directly, a longer one via a temp key. */
  private async putStream(tenantId: string, source: NodeJS.ReadableStream, opts: PutOptions): Promise<StoredObject> {
    const meter = new ContentMeter(opts.maxBytes);
    const chunks = meteredChunks(source, meter);
    const head = await readUpTo(chunks, DIRECT_PUT_LIMIT);
    if (head.ended) return this.putBytes(tenantId, Buffer.concat(head.chunks), meter.digest(), opts.contentType);
    const body = Readable.from(concatChunks(head.chunks, chunks));
    let streamError: unknown;
    body.on('error', (error) => {
      streamError = error;
    });
    try {
      return await this.putViaTempKey(tenantId, body, meter, opts.contentType);
    } catch (error) {
      body.destroy(); // stop reading the caller's stream when the upload failed for another reason
      // The SDK may wrap or replace the stream's error (e.g. StorageTooLargeError); surface the original.
      throw streamError ?? error;
    }
  }

  /** Uploads a long stream to a temp key while hashing it, copies it to its content key, then drops the temp. */
  private async putViaTempKey(tenantId: string, body: Readable, meter: ContentMeter, contentType?: string) {
    const { client, bucket: Bucket } = this;
    const tempKey = `${tenantId}/tmp/${randomUUID()}`;
    try {
      await new Upload({ client, params: { Bucket, Key: tempKey, Body: body, ContentType: contentType } }).done();
      const sha256 = meter.digest();
      const key = contentKey(tenantId, sha256);
      if (!(await this.objectExists(key))) {
        await client.send(new CopyObjectCommand({ Bucket, Key: key, CopySource: `${Bucket}/${tempKey}` }));
      }
      return { key, sha256, size: meter.size };
    } finally {
      await client.send(new DeleteObjectCommand({ Bucket, Key: tempKey })).catch(() => undefined);
    }
  }
}

/** Pages through ListObjectsV2 until the listing is no longer truncated. */
async function* listKeys(client: S3Client, Bucket: string, Prefix: string): AsyncGenerator<string> {
  let ContinuationToken: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: Prefix || undefined, ContinuationToken }));
    for (const object of page.Contents ?? []) {
      if (object.Key) yield object.Key;
    }
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (ContinuationToken);
}

/** Reads chunks until `limit` bytes are buffered or the source ends. */
async function readUpTo(chunks: AsyncGenerator<Buffer>, limit: number): Promise<{ chunks: Buffer[]; ended: boolean }> {
  const buffered: Buffer[] = [];
  let size = 0;
  while (size < limit) {
    const next = await chunks.next();
    if (next.done) return { chunks: buffered, ended: true };
    buffered.push(next.value);
    size += next.value.length;
  }
  return { chunks: buffered, ended: false };
}

/** The buffered head followed by the rest; `yield*` forwards early termination to the rest (destroying the source). */
async function* concatChunks(head: Buffer[], rest: AsyncGenerator<Buffer>): AsyncGenerator<Buffer> {
  yield* head;
  yield* rest;
}

function isNotFound(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  return failure?.name === 'NoSuchKey' || failure?.name === 'NotFound' || failure?.$metadata?.httpStatusCode === 404;
}
