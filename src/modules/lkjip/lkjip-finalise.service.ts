/**
 * Finalising an OPD's LKjIP: the outline becomes an official document (documents module) that the head of the OPD
 * signs electronically; the report turns `final` and keeps the document id. Also the version file downloads.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { loadFile } from '../../platform/storage/tenant-files.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { type CreateDocumentInput, createDocument, withdrawUnsignedDocument } from '../documents/index.ts';
import { getTenant } from '../organization/index.ts';
import type { ReportView } from './lkjip.contract.ts';
import { enforce, mayFinalise } from './lkjip.policy.ts';
import { assembledReport, getReport, headOf, loadReport, tenantToday } from './lkjip.queries.ts';
import { enforcePreparer } from './lkjip.service.ts';
import type { LkjipBlock, LkjipDocument } from './lkjip-model.ts';

type Body = CreateDocumentInput['body'];
const MAX_BLOCKS = 500;

/** One outline block as the documents module's body blocks (a chart becomes its table of values). */
function bodyBlock(block: LkjipBlock): Body[number] {
  const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  switch (block.kind) {
    case 'heading':
      return { kind: 'heading', text: cut(block.text, 300) };
    case 'paragraph':
      return { kind: 'paragraph', text: cut(block.text, 10_000) };
    case 'table':
      return { kind: 'table', header: [...block.header], rows: block.rows.map((r) => r.map((c) => cut(c, 2000))) };
    case 'chart':
      return {
        kind: 'table',
        header: ['Indikator', 'Capaian (%)'],
        rows: block.bars.map((b) => [cut(b.label, 2000), b.value ?? '-']),
      };
  }
}

/** The documents module's input: the outline as body (and attachments past 500 blocks), signed by the head. */
function documentInput(
  doc: LkjipDocument,
  facts: {
    unitId: string;
    place: string;
    date: string;
    signer: { employeeId: string; capacity: 'definitif' | 'plt' | 'plh' | 'pj'; jabatan: string };
  },
): CreateDocumentInput {
  const blocks = doc.blocks.map(bodyBlock);
  const chunks: Body[] = [];
  for (let i = 0; i < blocks.length; i += MAX_BLOCKS) chunks.push(blocks.slice(i, i + MAX_BLOCKS));
  const [body = [], ...rest] = chunks;
  return {
    kind: 'lkjip',
    layout: 'title_block',
    title: `${doc.cover.title} ${doc.cover.unitName.toUpperCase()}`.slice(0, 200),
    unitId: facts.unitId,
    place: facts.place,
    date: facts.date,
    security: 'biasa',
    body,
    signers: [facts.signer],
    attachments: rest.slice(0, 10).map((chunk, i) => ({ title: `Lanjutan ${i + 1}`, body: chunk })),
  };
}

/**
 * SECURITY: a planner of the OPD or the coordinator finalises; the document names the head of the OPD today as its
 * only signer, and the documents module lets only that pegawai sign it.
 */
export async function finaliseReport(ctx: RequestContext, reportId: string, input: { version: number }): Promise<ReportView> {
  const row = await loadReport(ctx, reportId);
  await enforcePreparer(ctx, row.unit_id);
  const { content, completeness } = await assembledReport(ctx, row);
  const versions = await tenantDb(ctx).selectFrom('lkjip_versions').select('id').where('report_id', '=', row.id).execute();
  enforce(
    mayFinalise({ status: row.status, regency: row.unit_id === null, versions: versions.length, missing: completeness.length }),
  );
  if (row.version !== input.version) throw new ConflictError('lkjip.staleReport');
  const head = await headOf(ctx, row.unit_id as string);
  if (!head?.holder) throw new ValidationError([{ field: 'unitId', message: 'lkjip.noHead' }], 'lkjip.noHead');
  const tenant = await getTenant(ctx, ctx.tenantId);
  const signer = { employeeId: head.holder.employeeId, capacity: head.holder.kind, jabatan: head.position.name };
  const place = tenant.name.replace(/^(Kabupaten|Kota)\s+/i, '');
  const made = await createDocument(
    ctx,
    documentInput(content.document, { unitId: row.unit_id as string, place, date: await tenantToday(ctx), signer }),
  );
  try {
    await inTransaction(ctx, async (tx) => {
      const now = tx.platform.now().toISOString();
      const done = await tenantDb(tx)
        .updateTable('lkjip_reports')
        .set({ status: 'final', document_id: made.id, updated_at: now, version: input.version + 1 })
        .where('id', '=', row.id)
        .where('version', '=', input.version)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1) throw new ConflictError('lkjip.staleReport');
      await recordAudit(tx, 'lkjip.report.finalised', {
        objectType: 'lkjip_report',
        objectId: row.id,
        data: { documentId: made.id },
      });
    });
  } catch (error) {
    await withdrawUnsignedDocument(ctx, made.id, 'lkjip: report changed while finalising');
    throw error;
  }
  return getReport(ctx, row.id);
}

/** The DOCX or PDF of one version of a report (404 for another tenant's report or an unknown number). */
export async function versionFile(ctx: RequestContext, reportId: string, number: number, kind: 'docx' | 'pdf') {
  const row = await loadReport(ctx, reportId);
  const version = await tenantDb(ctx)
    .selectFrom('lkjip_versions')
    .selectAll()
    .where('report_id', '=', row.id)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!version) throw new NotFoundError('lkjip version');
  const bytes = await loadFile(ctx, kind === 'docx' ? version.docx_file_id : version.pdf_file_id);
  return { bytes, fileName: `lkjip-${row.year}-v${number}.${kind}` };
}
