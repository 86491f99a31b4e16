import type { HasDatabase } from '../../db/executor.ts';
import { platformDb } from '../../db/system-db.ts';

// SECURITY: the only file of this module that reaches the platform-wide verification index. It maps a
// public code (and the SHA-256 of each signed revision) to the owning tenant; it holds no document content.

/** Records a new document's public code for its tenant. */
export async function indexCode(owner: HasDatabase, entry: { code: string; tenantId: string; documentId: string; at: string }) {
  await platformDb(owner)
    .insertInto('verification_codes')
    .values({ code: entry.code, owner_tenant_id: entry.tenantId, document_id: entry.documentId, created_at: entry.at })
    .execute();
}

/** Records the hash of a signed revision, so an uploaded copy can be matched to its document. */
export async function indexRevision(owner: HasDatabase, code: string, sha256: string) {
  await platformDb(owner)
    .insertInto('verification_revisions')
    .values({ code, sha256 })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The tenant and document of a public code, or undefined. */
export async function findCode(owner: HasDatabase, code: string) {
  return platformDb(owner)
    .selectFrom('verification_codes')
    .select(['owner_tenant_id as tenantId', 'document_id as documentId'])
    .where('code', '=', code)
    .executeTakeFirst();
}

/** The code of the document whose signed revision has this hash, or undefined. */
export async function findCodeByHash(owner: HasDatabase, sha256: string): Promise<string | undefined> {
  const row = await platformDb(owner)
    .selectFrom('verification_revisions')
    .select('code')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row?.code;
}
