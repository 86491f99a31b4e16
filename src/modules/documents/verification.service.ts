import { createHash } from 'node:crypto';
import { tenantDb } from '../../db/tenant-db.ts';
import { type RequestContext, systemContext } from '../../platform/access/context.ts';
import type { PublicContext } from '../../platform/http/public-context.ts';
import type { SignerBlock } from '../../platform/pdf/naskah-model.ts';
import type { PdfInspection } from '../../platform/signing/signing-types.ts';
import { inspectPdfSignatures } from '../../platform/signing/verify-pdf.ts';
import { loadFile } from '../../platform/storage/tenant-files.ts';
import { recordFailure, secondsBlocked, throttleKey } from '../../platform/throttle/throttle.ts';
import { NotFoundError, TooManyRequestsError } from '../../shared/errors.ts';
import { getTenant } from '../organization/index.ts';
import { revokedSerials, trustAnchorsOf } from './certificates.service.ts';
import type { UploadCheckView, VerificationView } from './documents.contract.ts';
import { publicDisclosure } from './documents.policy.ts';
import { codeInPdfBytes, isVerificationCode } from './verification-code.ts';
import { findCode, findCodeByHash } from './verification-index.ts';

/** SECURITY: the public page is rate limited per client address (counted in the database, so per platform). */
export async function throttlePublicVerification(pub: PublicContext): Promise<void> {
  const key = throttleKey('verify-ip', pub.ip ?? '?');
  const rule = { max: pub.platform.signing.verifyMaxPerMinute, windowMs: 60_000 };
  const now = pub.platform.now();
  const wait = await secondsBlocked(pub, key, rule, now);
  if (wait > 0) throw new TooManyRequestsError(wait);
  await recordFailure(pub, key, rule, now);
}

/** SECURITY: a read-only context inside the tenant that owns the code; it holds no permission at all. */
function ownerContext(pub: PublicContext, tenantId: string): RequestContext {
  return systemContext(pub.db, pub.platform, tenantId, 'public-verification', new Set());
}

async function loadRecord(ctx: RequestContext, documentId: string) {
  const doc = await tenantDb(ctx)
    .selectFrom('official_documents')
    .selectAll()
    .where('id', '=', documentId)
    .executeTakeFirstOrThrow();
  const signers = await tenantDb(ctx)
    .selectFrom('document_signers')
    .selectAll()
    .where('document_id', '=', documentId)
    .orderBy('order_no', 'asc')
    .execute();
  return { doc, signed: signers.filter((s) => s.status === 'signed') };
}

type DocumentRecord = Awaited<ReturnType<typeof loadRecord>>;

/** True when every signature is intact, trusted, and the last one covers the whole file. */
function intact(inspection: PdfInspection, expectedSignatures: number): boolean {
  const sigs = inspection.signatures;
  if (inspection.status !== 'ok' || sigs.length < expectedSignatures || sigs.length === 0) return false;
  return sigs.every((s) => s.digestValid && s.signatureValid && s.chainTrusted) && sigs[sigs.length - 1]!.coversWholeDocument;
}

async function statusOf(ctx: RequestContext, record: DocumentRecord, bytes: Buffer): Promise<VerificationView['status']> {
  if (record.signed.length === 0) return 'unsigned';
  const sha = createHash('sha256').update(bytes).digest('hex');
  const inspection = await inspectPdfSignatures(bytes, await trustAnchorsOf(ctx));
  if (sha !== record.doc.sha256 || !intact(inspection, record.signed.length)) return 'changed';
  const serials = record.signed.map((s) => s.certificate_serial).filter((s): s is string => s !== null);
  return (await revokedSerials(ctx, serials)).size > 0 ? 'revoked' : 'valid';
}

async function viewOf(
  ctx: RequestContext,
  record: DocumentRecord,
  status: VerificationView['status'],
): Promise<VerificationView> {
  const tenant = await getTenant(ctx, ctx.tenantId);
  const restricted = publicDisclosure(record.doc.security) === 'existence_only';
  const { doc } = record;
  return {
    status,
    restricted,
    regency: tenant.name,
    document: restricted
      ? null
      : { title: doc.title, number: doc.number, date: doc.doc_date, subject: doc.subject, pageCount: doc.page_count },
    signers: restricted
      ? []
      : record.signed.map((s) => ({
          name: (JSON.parse(s.block) as SignerBlock).name,
          jabatan: (JSON.parse(s.block) as SignerBlock).jabatan,
          signedAt: s.signed_at ?? '',
          certificateSerial: s.certificate_serial,
        })),
    checkedAt: ctx.platform.now().toISOString(),
  };
}

async function ownerOf(pub: PublicContext, code: string) {
  const owner = isVerificationCode(code) ? await findCode(pub, code) : undefined;
  // SECURITY: an unknown code and a malformed one answer the same 404, revealing nothing.
  if (!owner) throw new NotFoundError('document');
  return { ctx: ownerContext(pub, owner.tenantId), documentId: owner.documentId };
}

/** The public verification of a code: the stored signed PDF is checked again on every visit. */
export async function verifyByCode(pub: PublicContext, code: string): Promise<VerificationView> {
  const { ctx, documentId } = await ownerOf(pub, code);
  const record = await loadRecord(ctx, documentId);
  const bytes = record.doc.file_id ? await loadFile(ctx, record.doc.file_id) : Buffer.alloc(0);
  return viewOf(ctx, record, await statusOf(ctx, record, bytes));
}

function signatureRows(inspection: PdfInspection): UploadCheckView['signatures'] {
  return inspection.signatures.map((s) => ({
    signer: s.certificate.commonName,
    validSignature: s.digestValid && s.signatureValid,
    trusted: s.chainTrusted,
    coversWholeDocument: s.coversWholeDocument,
    signedAt: s.signingTime?.toISOString() ?? null,
  }));
}

/** Compares an uploaded PDF with Pamong's record (found by the code, the file's hash, or the URL inside it). */
export async function checkUploadedPdf(pub: PublicContext, bytes: Buffer, codeHint?: string): Promise<UploadCheckView> {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const code = codeHint ?? (await findCodeByHash(pub, sha)) ?? codeInPdfBytes(bytes);
  const owner = code && isVerificationCode(code) ? await findCode(pub, code) : undefined;
  if (!code || !owner) {
    const inspection = await inspectPdfSignatures(bytes, []);
    if (inspection.status === 'not_pdf' || inspection.status === 'encrypted')
      return { outcome: inspection.status, code: null, record: null, signatures: [] };
    const sigs = inspection.signatures;
    const broken = sigs.some((s) => !s.digestValid || !s.signatureValid);
    const outcome = sigs.length === 0 ? 'unknown_document' : broken ? 'changed' : 'foreign_signature';
    return { outcome, code: null, record: null, signatures: signatureRows(inspection) };
  }
  const ctx = ownerContext(pub, owner.tenantId);
  const record = await loadRecord(ctx, owner.documentId);
  const inspection = await inspectPdfSignatures(bytes, await trustAnchorsOf(ctx));
  const recordView = await viewOf(
    ctx,
    record,
    await statusOf(ctx, record, record.doc.file_id ? await loadFile(ctx, record.doc.file_id) : Buffer.alloc(0)),
  );
  const signed = record.signed.map((s) => s.sha256);
  return {
    outcome: uploadOutcome(inspection, sha, record.doc.sha256, signed),
    code,
    record: recordView,
    signatures: signatureRows(inspection),
  };
}

function uploadOutcome(
  inspection: PdfInspection,
  sha: string,
  currentSha: string | null,
  signedShas: readonly (string | null)[],
): UploadCheckView['outcome'] {
  if (inspection.status === 'not_pdf' || inspection.status === 'encrypted') return inspection.status;
  // A file that names a Pamong document but no longer parses (e.g. truncated) was changed.
  if (inspection.status === 'unreadable') return 'changed';
  if (sha === currentSha && intact(inspection, 1)) return 'matches_record';
  if (signedShas.includes(sha) && intact(inspection, 1)) return 'earlier_revision';
  if (inspection.signatures.length === 0) return 'unsigned';
  if (
    inspection.signatures.every((s) => s.digestValid && s.signatureValid) &&
    inspection.signatures.every((s) => !s.chainTrusted)
  )
    return 'foreign_signature';
  return 'changed';
}
