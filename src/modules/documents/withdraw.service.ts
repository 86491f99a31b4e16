/** Withdrawing an official document that nobody has signed yet, when the workflow that made it is returned or cancelled. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';

/**
 * SECURITY: marks an unsigned document `withdrawn` so it leaves every signature queue and can never be signed (it
 * carries a number that was voided). A document with any applied signature is evidence and is refused (409). The
 * caller decides who may withdraw (the outgoing-letter workflow's own policy) and passes its transaction as `ctx`.
 */
export async function withdrawUnsignedDocument(ctx: RequestContext, documentId: string, reason: string): Promise<void> {
  const signed = await tenantDb(ctx)
    .selectFrom('document_signers')
    .select('id')
    .where('document_id', '=', documentId)
    .where('status', '=', 'signed')
    .executeTakeFirst();
  if (signed) throw new ConflictError('documents.alreadySigned');
  const updated = await tenantDb(ctx)
    .updateTable('official_documents')
    .set({ status: 'withdrawn' })
    .where('id', '=', documentId)
    .where('status', 'in', ['draft', 'signing'])
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('documents.withdrawn');
  await recordAudit(ctx, 'documents.withdrawn', { objectType: 'document', objectId: documentId, data: { reason } });
}
