/** Signing a PK Kepala Desa through the documents module (kepala desa, then camat), and downloading its current PDF. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { type RequestContext, systemContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { documentPdf, signDocument } from '../documents/index.ts';
import { employeeIdOfUser } from '../identity/index.ts';
import { currentAccountabilityActor } from './village-actor.ts';
import type { SignVillageAgreementInput, VillageAgreementView } from './village-agreements.contract.ts';
import {
  enforceAgreement,
  mayReadVillageAgreement,
  maySignVillageAgreement,
  nextVillageSigner,
} from './village-agreements.policy.ts';
import { loadVillageAgreement, partiesOf, villageAgreementView } from './village-agreements.queries.ts';
import { requireDesa } from './village-lookup.ts';

const M = 'villages.agreement';

/**
 * SECURITY: only the named party whose turn it is signs (kepala desa first, then camat; 403 for anyone else, checked
 * here and again by the documents module against its signer rows). When the camat's signature completes the document
 * the PK becomes `signed` and the PK it revises `superseded`, in one transaction with the audit entry.
 */
export async function signVillageAgreement(
  ctx: RequestContext,
  agreementId: string,
  input: SignVillageAgreementInput,
): Promise<VillageAgreementView> {
  const row = await loadVillageAgreement(ctx, agreementId);
  const me = await employeeIdOfUser(ctx, ctx.actor.userId);
  enforceAgreement(maySignVillageAgreement(me, partiesOf(row)));
  const party = nextVillageSigner(partiesOf(row));
  if (!row.document_id || !party) throw new ConflictError(`${M}.notSigning`);
  await signDocument(ctx, row.document_id, input);
  await inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    const complete = party === 'camat';
    const db = tenantDb(tx);
    const signedColumn = party === 'kades' ? 'kades_signed_at' : 'camat_signed_at';
    const updated = await db
      .updateTable('village_agreements')
      .set({ [signedColumn]: now, status: complete ? 'signed' : 'signing', updated_at: now, version: row.version + 1 })
      .where('id', '=', row.id)
      .where('status', '=', 'signing')
      .where(signedColumn, 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(`${M}.staleVersion`);
    if (complete && row.supersedes_id)
      await db
        .updateTable('village_agreements')
        .set({ status: 'superseded', superseded_at: now, updated_at: now })
        .where('id', '=', row.supersedes_id)
        .where('status', '=', 'signed')
        .execute();
    await recordAudit(tx, 'villages.agreement.signed', {
      objectType: 'village_agreement',
      objectId: row.id,
      data: { party, complete, supersedes: complete ? row.supersedes_id : null },
    });
  });
  return villageAgreementView(ctx, agreementId);
}

/**
 * SECURITY: the PK is read by whoever reads the desa's accountability (the desa, its kecamatan, DPMD, regency readers)
 * and by its two parties, decided after the tenant-scoped lookup. The documents module limits reading to the creator
 * and the signers, so the read runs in a system context of the same tenant holding only `documents.manage`, and only
 * for the document this PK names.
 */
export async function villageAgreementPdf(ctx: RequestContext, agreementId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const row = await loadVillageAgreement(ctx, agreementId);
  const desa = await requireDesa(ctx, row.region_id);
  const me = await employeeIdOfUser(ctx, ctx.actor.userId);
  enforceAgreement(mayReadVillageAgreement(await currentAccountabilityActor(ctx), desa, me, partiesOf(row)));
  if (!row.document_id) throw new ConflictError(`${M}.notSigning`);
  const reader = systemContext(ctx.db, ctx.platform, ctx.tenantId, 'villages.agreement-pdf', new Set(['documents.manage']));
  const { pdf } = await documentPdf(reader, row.document_id);
  const suffix = row.revision > 0 ? `-perubahan-${row.revision}` : '';
  const slug = desa.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { pdf, fileName: `pk-desa-${slug}-${row.year}${suffix}.pdf` };
}
