import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import type { SignatureSlot, SignerBlock } from '../../platform/pdf/naskah-model.ts';
import { signPdfLocally } from '../../platform/signing/sign-pdf.ts';
import { SigningFailure, type VisibleSignature } from '../../platform/signing/signing-types.ts';
import { loadFile, storeFile } from '../../platform/storage/tenant-files.ts';
import { ConflictError, NotFoundError, ServiceUnavailableError, ValidationError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { employeeIdOfUser } from '../identity/index.ts';
import { type EmployeeCard, employeeCards, getTenant } from '../organization/index.ts';
import { localSigningKeyFor } from './certificates.service.ts';
import { enforce, maySignNow } from './documents.policy.ts';
import { nextPendingSigner } from './documents.queries.ts';
import { visibleSignatureLines } from './signature-text.ts';
import { verificationUrl } from './verification-code.ts';
import { indexRevision } from './verification-index.ts';

/** What one signature produced. */
interface AppliedSignature {
  readonly pdf: Buffer;
  readonly provider: 'local' | 'bsre';
  readonly certificateId: string | null;
  readonly serialHex: string | null;
  readonly subject: string;
}

async function loadSigningState(ctx: RequestContext, documentId: string) {
  const doc = await tenantDb(ctx).selectFrom('official_documents').selectAll().where('id', '=', documentId).executeTakeFirst();
  if (!doc) throw new NotFoundError('document');
  const signers = await tenantDb(ctx).selectFrom('document_signers').selectAll().where('document_id', '=', documentId).execute();
  return { doc, signers, next: nextPendingSigner(signers) };
}

/** SECURITY: a failed signing attempt maps to a clear 4xx/503; nothing was stored, no half-signed document. */
function failureToError(failure: SigningFailure): Error {
  if (failure.code === 'unavailable' || failure.code === 'timeout')
    return new ServiceUnavailableError(`documents.${failure.code}`);
  const field = failure.code === 'wrong_passphrase' ? 'passphrase' : 'signer';
  return new ValidationError([{ field, message: `documents.${failure.code}` }], `documents.${failure.code}`);
}

async function applySignature(
  ctx: RequestContext,
  input: { pdf: Buffer; signer: EmployeeCard; visible: VisibleSignature; reason: string; location: string; passphrase?: string },
): Promise<AppliedSignature> {
  const remote = ctx.platform.signing.remote;
  if (ctx.platform.signing.provider === 'bsre' && remote) {
    if (!input.signer.nik) throw new ValidationError([{ field: 'signer', message: 'documents.nikRequired' }]);
    if (!input.passphrase) throw new ValidationError([{ field: 'passphrase', message: 'documents.passphraseRequired' }]);
    const { page, rect, qrUrl } = input.visible;
    const pdf = await remote.signPdf({
      pdf: input.pdf,
      nik: input.signer.nik,
      passphrase: input.passphrase,
      visible: { page, rect, qrUrl },
      reason: input.reason,
      location: input.location,
    });
    return { pdf, provider: 'bsre', certificateId: null, serialHex: null, subject: input.signer.name };
  }
  const local = await localSigningKeyFor(ctx, input.signer);
  const pdf = await signPdfLocally(
    {
      pdf: input.pdf,
      signerName: input.signer.name,
      reason: input.reason,
      location: input.location,
      signingTime: ctx.platform.now(),
      visible: input.visible,
    },
    local.key,
  );
  return { pdf, provider: 'local', certificateId: local.certificateId, serialHex: local.serialHex, subject: local.subject };
}

/**
 * The next signer signs the document: the current PDF gets one more PAdES signature (an incremental
 * update, so earlier signatures stay valid) with a visible QR to the public verification page.
 */
export async function signDocument(ctx: RequestContext, documentId: string, input: { passphrase?: string }): Promise<void> {
  const { doc, signers, next } = await loadSigningState(ctx, documentId);
  const me = await employeeIdOfUser(ctx, ctx.actor.userId);
  if (doc.status === 'final' && signers.some((s) => s.employee_id === me)) throw new ConflictError('documents.alreadyFinal');
  if (doc.status === 'withdrawn') throw new ConflictError('documents.withdrawn');
  enforce(
    maySignNow(me, {
      documentStatus: doc.status,
      signerEmployeeIds: signers.map((s) => s.employee_id),
      nextSignerEmployeeId: next?.employee_id,
    }),
  );
  if (!next || !doc.file_id) throw new ConflictError('documents.alreadyFinal');
  if (!doc.number) throw new ValidationError([{ field: 'number', message: 'documents.numberRequired' }]);
  const signer = (await employeeCards(ctx, [next.employee_id])).get(next.employee_id) as EmployeeCard;
  const slot = (JSON.parse(doc.slots) as SignatureSlot[]).find((s) => s.signerIndex === next.order_no - 1);
  if (!slot) throw new ConflictError('documents.invalid_document');
  const block = JSON.parse(next.block) as SignerBlock;
  const tenant = await getTenant(ctx, ctx.tenantId);
  const url = verificationUrl(ctx.platform.baseUrl, doc.verification_code);
  const visible = {
    page: slot.page,
    rect: slot.rect,
    qrUrl: url,
    lines: visibleSignatureLines(signer.name, block.jabatan, ctx.platform.now(), tenant.timezone),
  };
  const reason = `Ditandatangani secara elektronik; verifikasi: ${url}`;
  let applied: AppliedSignature;
  try {
    applied = await applySignature(ctx, {
      pdf: await loadFile(ctx, doc.file_id),
      signer,
      visible,
      reason,
      location: tenant.name,
      passphrase: input.passphrase,
    });
  } catch (err) {
    throw err instanceof SigningFailure ? failureToError(err) : err;
  }
  await recordSignature(ctx, { doc, next, applied, isLast: signers.filter((s) => s.status === 'pending').length === 1 });
}

async function recordSignature(
  ctx: RequestContext,
  state: {
    doc: { id: string; file_id: string | null; verification_code: string };
    next: { id: string; order_no: number };
    applied: AppliedSignature;
    isLast: boolean;
  },
) {
  const { doc, next, applied } = state;
  const now = ctx.platform.now().toISOString();
  await inTransaction(ctx, async (tx) => {
    const file = await storeFile(tx, applied.pdf, 'application/pdf', `signed-${next.order_no}.pdf`);
    // SECURITY: optimistic check; a concurrent signature by the same signer (double click) writes nothing.
    const updated = await tenantDb(tx)
      .updateTable('document_signers')
      .set({
        status: 'signed',
        signed_at: now,
        provider: applied.provider,
        certificate_id: applied.certificateId,
        certificate_serial: applied.serialHex,
        certificate_subject: applied.subject,
        file_id: file.id,
        sha256: file.sha256,
      })
      .where('id', '=', next.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('documents.concurrentSignature');
    await tenantDb(tx)
      .updateTable('official_documents')
      .set({
        file_id: file.id,
        sha256: file.sha256,
        status: state.isLast ? 'final' : 'signing',
        finalized_at: state.isLast ? now : null,
      })
      .where('id', '=', doc.id)
      .where('file_id', '=', doc.file_id)
      .execute();
    await indexRevision(tx, doc.verification_code, file.sha256);
    await recordAudit(tx, 'documents.signed', {
      objectType: 'document',
      objectId: doc.id,
      data: {
        order: next.order_no,
        provider: applied.provider,
        serial: applied.serialHex,
        sha256: file.sha256,
        final: state.isLast,
      },
    });
  });
}

/**
 * SECURITY: signing from the documents page (`POST /api/documents/:id/sign`). A document made by a workflow (an
 * outgoing letter) is refused with 409: only its workflow signs it, because that also marks the number used and
 * delivers the letter; signing it here would leave the letter undelivered with a final document.
 */
export async function signStandaloneDocument(ctx: RequestContext, documentId: string, input: { passphrase?: string }) {
  const doc = await tenantDb(ctx)
    .selectFrom('official_documents')
    .select('workflow')
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (doc?.workflow) throw new ConflictError('documents.signFromWorkflow');
  await signDocument(ctx, documentId, input);
}
