import type { Config } from '../config/config.ts';
import { createLocalDiskStorage } from './local-disk-storage.ts';
import { createS3Storage } from './s3-storage.ts';
import type { Storage } from './storage.ts';

export { createLocalDiskStorage } from './local-disk-storage.ts';
export { createS3Storage, type S3StorageOptions } from './s3-storage.ts';
export {
  assertSafeKey,
  assertSafePrefix,
  assertTenantId,
  contentKey,
  isSafeKey,
  type PutData,
  type PutOptions,
  type Storage,
  StorageKeyError,
  StorageNotFoundError,
  StorageTooLargeError,
  type StoredObject,
} from './storage.ts';

/** The Storage adapter the configuration asks for: local disk (default) or an S3-compatible bucket. */
export function createStorage(config: Config['storage']): Storage {
  switch (config.kind) {
    case 'local':
      return createLocalDiskStorage(config.dir);
    case 's3':
      return createS3Storage(config);
  }
}
