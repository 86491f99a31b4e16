import { createHash, type Hash } from 'node:crypto';
import { Readable } from 'node:stream';
import { StorageTooLargeError } from './storage.ts';

/** Counts and hashes bytes as they pass, refusing more than `maxBytes`. */
export class ContentMeter {
  size = 0;
  private readonly hash: Hash = createHash('sha256');

  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {}

  /** Adds a chunk; throws StorageTooLargeError once the running size passes the limit. */
  add(chunk: Uint8Array): void {
    this.size += chunk.byteLength;
    if (this.size > this.maxBytes) throw new StorageTooLargeError(this.maxBytes);
    this.hash.update(chunk);
  }

  /** The SHA-256 of everything added, as lowercase hex; call once, after the last chunk. */
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** True when put() was given bytes in memory rather than a stream. */
export function isInMemory(data: Buffer | Uint8Array | NodeJS.ReadableStream): data is Buffer | Uint8Array {
  return data instanceof Uint8Array;
}

/** Hashes and size-checks an in-memory payload in one step. */
export function meterBuffer(data: Uint8Array, maxBytes?: number): { bytes: Buffer; sha256: string; size: number } {
  const meter = new ContentMeter(maxBytes);
  meter.add(data);
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return { bytes, sha256: meter.digest(), size: meter.size };
}

/**
 * Yields the stream's chunks as Buffers while feeding them to the meter, so hashing and the size limit
 * happen as the data flows. When the meter throws, iteration stops and the source stream is destroyed.
 */
export async function* meteredChunks(source: NodeJS.ReadableStream, meter: ContentMeter): AsyncGenerator<Buffer> {
  const readable = source instanceof Readable ? source : new Readable().wrap(source);
  for await (const chunk of readable) {
    const bytes: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    meter.add(bytes);
    yield bytes;
  }
}
