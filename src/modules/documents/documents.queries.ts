import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import type { SignerBlock } from '../../platform/pdf/naskah-model.ts';
import { loadFile } from '../../platform/storage/tenant-files.ts';
import { groupBy } from '../../shared/collections.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { employeeIdOfUser } from '../identity/index.ts';
import type { DocumentView } from './documents.contract.ts';
import { enforce, mayReadDocument } from './documents.policy.ts';
import { verificationUrl } from './verification-code.ts';

type DocumentRow = Awaited<ReturnType<typeof documentRows>>[number];
type SignerRow = Awaited<ReturnType<typeof signerRows>>[number];

function documentRows(ctx: RequestContext, ids?: readonly string[], createdBy?: string | null) {
  let q = tenantDb(ctx).selectFrom('official_documents').selectAll().orderBy('created_at', 'desc').limit(200);
  const idList = ids && ids.length > 0 ? [...ids] : [''];
  if (ids && createdBy !== undefined)
    q = q.where((eb) => eb.or([eb('id', 'in', idList), eb('created_by', '=', createdBy ?? '')]));
  else if (ids) q = q.where('id', 'in', idList);
  return q.execute();
}

async function documentIdsToSign(ctx: RequestContext, employeeId: string | null): Promise<string[]> {
  if (!employeeId) return [];
  const rows = await tenantDb(ctx)
    .selectFrom('document_signers')
    .select('document_id')
    .where('employee_id', '=', employeeId)
    .execute();
  return rows.map((r) => r.document_id);
}

function signerRows(ctx: RequestContext, documentIds: readonly string[]) {
  return tenantDb(ctx)
    .selectFrom('document_signers')
    .selectAll()
    .where('document_id', 'in', documentIds.length > 0 ? [...documentIds] : [''])
    .orderBy('order_no', 'asc')
    .execute();
}

/** The next signer in order, or undefined when everyone signed. */
export function nextPendingSigner<S extends { status: string; order_no: number }>(signers: readonly S[]): S | undefined {
  return [...signers].sort((a, b) => a.order_no - b.order_no).find((s) => s.status === 'pending');
}

function viewOf(ctx: RequestContext, doc: DocumentRow, signers: readonly SignerRow[], me: string | null): DocumentView {
  const next = nextPendingSigner(signers);
  return {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    number: doc.number,
    date: doc.doc_date,
    subject: doc.subject,
    security: doc.security,
    status: doc.status,
    verificationUrl: verificationUrl(ctx.platform.baseUrl, doc.verification_code),
    sha256: doc.sha256,
    pageCount: doc.page_count,
    signers: signers.map((s) => {
      const block = JSON.parse(s.block) as SignerBlock;
      return {
        order: s.order_no,
        employeeId: s.employee_id,
        name: block.name,
        jabatan: block.jabatan,
        capacity: block.capacity,
        status: s.status,
        signedAt: s.signed_at,
        provider: s.provider,
      };
    }),
    // A document of a workflow (an outgoing letter) is signed from that workflow's page, never from here.
    mySignatureDue:
      me !== null && next?.employee_id === me && (doc.status === 'draft' || doc.status === 'signing') && doc.workflow === null,
    createdAt: doc.created_at,
  };
}

/** One document with its signers, for its creator, its signers and the admin. */
export async function getDocument(ctx: RequestContext, documentId: string): Promise<DocumentView> {
  const [doc] = await documentRows(ctx, [documentId]);
  if (!doc) throw new NotFoundError('document');
  const signers = await signerRows(ctx, [doc.id]);
  const me = await employeeIdOfUser(ctx, ctx.actor.userId);
  enforce(mayReadDocument(ctx.actor, me, { createdBy: doc.created_by, signerEmployeeIds: signers.map((s) => s.employee_id) }));
  return viewOf(ctx, doc, signers, me);
}

/** The documents the actor made or must sign (the admin sees all), newest first. */
export async function listDocuments(ctx: RequestContext): Promise<DocumentView[]> {
  const me = await employeeIdOfUser(ctx, ctx.actor.userId);
  const docs = ctx.actor.permissions.has('documents.manage')
    ? await documentRows(ctx)
    : await documentRows(ctx, await documentIdsToSign(ctx, me), ctx.actor.userId);
  const signers = groupBy(
    await signerRows(
      ctx,
      docs.map((d) => d.id),
    ),
    (s) => s.document_id,
  );
  return docs
    .map((doc) => ({ doc, list: signers.get(doc.id) ?? [] }))
    .filter(
      ({ doc, list }) =>
        mayReadDocument(ctx.actor, me, { createdBy: doc.created_by, signerEmployeeIds: list.map((s) => s.employee_id) }).allowed,
    )
    .map(({ doc, list }) => viewOf(ctx, doc, list, me));
}

/** The current PDF of a document (as rendered, or with every signature so far). */
export async function documentPdf(ctx: RequestContext, documentId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const view = await getDocument(ctx, documentId);
  const row = await tenantDb(ctx)
    .selectFrom('official_documents')
    .select(['file_id', 'kind'])
    .where('id', '=', documentId)
    .executeTakeFirstOrThrow();
  if (!row.file_id) throw new NotFoundError('file');
  return {
    pdf: await loadFile(ctx, row.file_id),
    fileName: `${row.kind}-${(view.number ?? view.id).replace(/[^\w.-]+/g, '_')}.pdf`,
  };
}
