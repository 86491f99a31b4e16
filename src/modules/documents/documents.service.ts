import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { renderNaskah } from '../../platform/pdf/index.ts';
import type { NaskahContent, RenderedNaskah, SignerBlock } from '../../platform/pdf/naskah-model.ts';
import { type StoredFile, storeFile } from '../../platform/storage/tenant-files.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { employeeIdOfUser } from '../identity/index.ts';
import { type EmployeeCard, employeeCards } from '../organization/index.ts';
import type { CreateDocumentInput } from './documents.contract.ts';
import { kopForUnit } from './letterhead.service.ts';
import { newVerificationCode } from './verification-code.ts';
import { indexCode } from './verification-index.ts';

/** The signer blocks as printed, from the input and the pegawai records (name, pangkat, NIP). */
function signerBlocks(input: CreateDocumentInput, cards: Map<string, EmployeeCard>): SignerBlock[] {
  return input.signers.map((s) => {
    const card = cards.get(s.employeeId) as EmployeeCard;
    return {
      capacity: s.capacity,
      onBehalfOf: s.onBehalfOf,
      via: s.via,
      jabatan: s.jabatan,
      name: card.name,
      pangkat: card.pangkat ?? undefined,
      nip: card.nip,
    };
  });
}

/** The renderer's content from the API input (the kop is added at render time). */
export async function naskahContentOf(ctx: RequestContext, input: CreateDocumentInput): Promise<NaskahContent> {
  const cards = await employeeCards(
    ctx,
    input.signers.map((s) => s.employeeId),
  );
  const { kind: _kind, unitId: _unit, security, signers: _signers, ...printed } = input;
  const securityMark = security === 'biasa' ? undefined : security.replace('_', ' ').toUpperCase();
  return { ...printed, signers: signerBlocks(input, cards), securityMark };
}

/** Renders content to PDF without saving anything (the editor's preview). */
export async function previewDocument(ctx: RequestContext, input: CreateDocumentInput): Promise<Buffer> {
  const content = await naskahContentOf(ctx, input);
  return (await renderNaskah(content, await kopForUnit(ctx, input.unitId ?? null))).pdf;
}

/** The document row as first stored: status `signing`, the rendered PDF as its current file. */
function documentRow(
  ctx: RequestContext,
  input: CreateDocumentInput,
  made: { id: string; code: string; content: NaskahContent; rendered: RenderedNaskah; file: StoredFile },
  workflow: string | null,
) {
  return {
    id: made.id,
    kind: input.kind,
    title: input.title,
    number: input.number ?? null,
    doc_date: input.date,
    subject: input.hal ?? input.about ?? input.title,
    security: input.security,
    unit_id: input.unitId ?? null,
    content: JSON.stringify(made.content),
    status: 'signing' as const,
    workflow,
    verification_code: made.code,
    file_id: made.file.id,
    sha256: made.file.sha256,
    page_count: made.rendered.pageCount,
    slots: JSON.stringify(made.rendered.slots),
    created_by: ctx.actor.userId,
    created_at: ctx.platform.now().toISOString(),
    finalized_at: null,
  };
}

/** One pending signer row per signer block, in signing order. */
function signerRows(documentId: string, input: CreateDocumentInput, content: NaskahContent) {
  return input.signers.map((s, i) => ({
    id: newId(),
    document_id: documentId,
    order_no: i + 1,
    employee_id: s.employeeId,
    block: JSON.stringify(content.signers[i]),
    status: 'pending' as const,
    signed_at: null,
    provider: null,
    certificate_id: null,
    certificate_serial: null,
    certificate_subject: null,
    file_id: null,
    sha256: null,
  }));
}

/**
 * Creates a document ready for signing: renders the PDF once, stores it, freezes the content and the
 * signing order, and reserves an unguessable public verification code. One transaction. A `workflow` (e.g.
 * `correspondence.outgoing`) marks a document that only that workflow signs.
 */
export async function createDocument(
  ctx: RequestContext,
  input: CreateDocumentInput,
  options: { workflow?: string } = {},
): Promise<{ id: string; code: string }> {
  const content = await naskahContentOf(ctx, input);
  const rendered = await renderNaskah(content, await kopForUnit(ctx, input.unitId ?? null));
  const id = newId();
  const code = newVerificationCode();
  await inTransaction(ctx, async (tx) => {
    const file = await storeFile(tx, rendered.pdf, 'application/pdf', `${input.kind}.pdf`);
    const row = documentRow(tx, input, { id, code, content, rendered, file }, options.workflow ?? null);
    await tenantDb(tx).insertInto('official_documents', row).execute();
    await tenantDb(tx)
      .insertInto('document_signers', signerRows(id, input, content))
      .execute();
    await indexCode(tx, { code, tenantId: tx.tenantId, documentId: id, at: row.created_at });
    await recordAudit(tx, 'documents.created', {
      objectType: 'document',
      objectId: id,
      data: { kind: input.kind, sha256: file.sha256 },
    });
  });
  return { id, code };
}

/** The pegawai behind the acting user (null for system actors and accounts without a pegawai). */
export function actorEmployeeId(ctx: RequestContext): Promise<string | null> {
  return employeeIdOfUser(ctx, ctx.actor.userId);
}
