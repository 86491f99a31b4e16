import { tenantDb } from '../../db/tenant-db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import type { RequestContext } from '../access/context.ts';

/** A stored file row: where its bytes are and what they hash to. */
export interface StoredFile {
  readonly id: string;
  readonly sha256: string;
  readonly size: number;
}

/**
 * Puts bytes in the storage adapter (content-addressed, so a retry stores nothing twice) and records
 * the tenant's `files` row through the caller's context, so the row commits or rolls back with the use case.
 */
export async function storeFile(ctx: RequestContext, bytes: Buffer, contentType: string, name: string): Promise<StoredFile> {
  const stored = await ctx.platform.storage.put(ctx.tenantId, bytes, { contentType });
  const id = newId();
  await tenantDb(ctx)
    .insertInto('files', {
      id,
      storage_key: stored.key,
      sha256: stored.sha256,
      size: stored.size,
      content_type: contentType,
      original_name: name.slice(0, 200),
      created_at: ctx.platform.now().toISOString(),
    })
    .execute();
  return { id, sha256: stored.sha256, size: stored.size };
}

/** The bytes of one of the tenant's files; 404 when the row is not this tenant's. */
export async function loadFile(ctx: RequestContext, fileId: string): Promise<Buffer> {
  const row = await tenantDb(ctx).selectFrom('files').select('storage_key').where('id', '=', fileId).executeTakeFirst();
  if (!row) throw new NotFoundError('file');
  return ctx.platform.storage.get(row.storage_key);
}
