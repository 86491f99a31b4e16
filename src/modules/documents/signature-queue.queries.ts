/** The work queue of official documents: how many wait for my signature now. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';

/**
 * The number of unfinished documents where the pegawai is the next pending signer (lowest pending order),
 * the same rule as `mySignatureDue`, in one COUNT query. Documents of a workflow are counted by that workflow's own
 * queue (an outgoing letter waiting for its signature), so they are left out here.
 */
export async function documentsAwaitingSignature(ctx: RequestContext, employeeId: string | null): Promise<number> {
  if (!employeeId) return 0;
  const db = tenantDb(ctx);
  const row = await db
    .selectFrom('document_signers')
    .innerJoin('official_documents', (j) =>
      j
        .onRef('official_documents.tenant_id', '=', 'document_signers.tenant_id')
        .onRef('official_documents.id', '=', 'document_signers.document_id'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('document_signers.employee_id', '=', employeeId)
    .where('document_signers.status', '=', 'pending')
    .where('official_documents.status', 'in', ['draft', 'signing'])
    .where('official_documents.workflow', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('document_signers as earlier')
            .select('earlier.id')
            .whereRef('earlier.tenant_id', '=', 'document_signers.tenant_id')
            .whereRef('earlier.document_id', '=', 'document_signers.document_id')
            .whereRef('earlier.order_no', '<', 'document_signers.order_no')
            .where('earlier.status', '=', 'pending'),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
