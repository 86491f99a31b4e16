/** Signing a Perjanjian Kinerja through the documents module, and downloading its current PDF. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { type RequestContext, systemContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { documentPdf, signDocument } from '../documents/index.ts';
import { employeeIdOfUser } from '../identity/index.ts';
import type { AgreementView } from './agreements.contract.ts';
import { maySign } from './agreements.policy.ts';
import { getAgreement, loadAgreement, nextSignerOf } from './agreements.queries.ts';
import { enforce } from './performance.policy.ts';

/**
 * SECURITY: one of the two named parties signs the PK's document; the documents module refuses anyone whose turn it
 * is not (pihak kedua first, then pihak pertama), never on someone's behalf. When pihak pertama's signature completes
 * the document, the PK becomes `signed` and the PK it revises becomes `superseded`, in one transaction.
 */
export async function signAgreement(
  ctx: RequestContext,
  agreementId: string,
  input: { passphrase?: string },
): Promise<AgreementView> {
  const row = await loadAgreement(ctx, agreementId);
  const me = await employeeIdOfUser(ctx, ctx.actor.userId);
  enforce(
    maySign(me, {
      status: row.status,
      firstPartyEmployeeId: row.first_party_employee_id,
      secondPartyEmployeeId: row.second_party_employee_id,
    }),
  );
  const party = nextSignerOf(row);
  if (!row.document_id || !party) throw new ConflictError('performance.agreement.notGenerated');
  await signDocument(ctx, row.document_id, input);
  await inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    const complete = party === 'first';
    const db = tenantDb(tx);
    const updated = await db
      .updateTable('performance_agreements')
      .set({
        ...(party === 'first' ? { first_party_signed_at: now } : { second_party_signed_at: now }),
        status: complete ? 'signed' : 'signing',
        updated_at: now,
        version: row.version + 1,
      })
      .where('id', '=', row.id)
      .where('status', '=', 'signing')
      .where(party === 'first' ? 'first_party_signed_at' : 'second_party_signed_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('performance.agreement.staleVersion');
    if (complete && row.supersedes_id)
      await db
        .updateTable('performance_agreements')
        .set({ status: 'superseded', superseded_at: now, updated_at: now })
        .where('id', '=', row.supersedes_id)
        .where('status', '=', 'signed')
        .execute();
    await recordAudit(tx, 'performance.agreement.signed', {
      objectType: 'agreement',
      objectId: row.id,
      data: { party, complete, supersedes: complete ? row.supersedes_id : null },
    });
  });
  return getAgreement(ctx, agreementId);
}

/**
 * SECURITY: a PK is a public accountability document, so everyone who may read the PK (performance.plan.read, checked
 * by the route after the tenant-scoped lookup) may download its document. The documents module limits reading to the
 * creator and the signers, so the read runs in a system context of the same tenant holding only `documents.manage`,
 * and only for the document this PK names.
 */
export async function agreementPdf(ctx: RequestContext, agreementId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const row = await loadAgreement(ctx, agreementId);
  if (!row.document_id) throw new ConflictError('performance.agreement.notGenerated');
  const reader = systemContext(ctx.db, ctx.platform, ctx.tenantId, 'performance.agreement-pdf', new Set(['documents.manage']));
  const { pdf } = await documentPdf(reader, row.document_id);
  const suffix = row.revision > 0 ? `-perubahan-${row.revision}` : '';
  return { pdf, fileName: `perjanjian-kinerja-${row.year}${suffix}.pdf` };
}
