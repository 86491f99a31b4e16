/**
 * Finalising an LKjIP: the outline becomes an official document (documents module) that the head of the OPD (or, for
 * the regency's report, the regional head) signs electronically; the report turns `final` and keeps the document id. Also the version file downloads.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { loadFile } from '../../platform/storage/tenant-files.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { type CreateDocumentInput, createDocument, withdrawUnsignedDocument } from '../documents/index.ts';
import { getTenant } from '../organization/index.ts';
import type { FinaliseInput, ReportView } from './lkjip.contract.ts';
import { enforce, mayFinalise } from './lkjip.policy.ts';
import { assembledReport, getReport, loadReport, scopeHeadOf, tenantToday } from './lkjip.queries.ts';
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
    unitId: string | null;
    number: string;
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
    ...(facts.unitId ? { unitId: facts.unitId } : {}),
    number: facts.number,
    place: facts.place,
    date: facts.date,
    security: 'biasa',
    body,
    signers: [facts.signer],
    attachments: rest.slice(0, 10).map((chunk, i) => ({ title: `Lanjutan ${i + 1}`, body: chunk })),
  };
}

/** `LKJIP/2026/DISKOMINFO` for an OPD (its unit code), `LKJIP/2026/PEMDA` for the regency. */
async function defaultNumber(ctx: RequestContext, unitId: string | null, year: number): Promise<string> {
  const unit = unitId
    ? await tenantDb(ctx).selectFrom('units').select('code').where('id', '=', unitId).executeTakeFirst()
    : undefined;
  return `LKJIP/${year}/${unit?.code ?? 'PEMDA'}`.slice(0, 100);
}

/**
 * SECURITY: a planner of the OPD or the coordinator finalises (the regency's report: the coordinator only, by
 * `enforcePreparer`). The document names as its only signer whoever holds the head position of the scope today: the
 * OPD's head, or for the regency the head of the tenant's `pemda` root unit (the Bupati/Wali Kota; a Plt, Plh or Pj
 * signs in that capacity, as for an OPD). The documents module lets only that pegawai sign it.
 */
export async function finaliseReport(ctx: RequestContext, reportId: string, input: FinaliseInput): Promise<ReportView> {
  const row = await loadReport(ctx, reportId);
  await enforcePreparer(ctx, row.unit_id);
  const { content, completeness } = await assembledReport(ctx, row);
  const versions = await tenantDb(ctx).selectFrom('lkjip_versions').select('id').where('report_id', '=', row.id).execute();
  enforce(mayFinalise({ status: row.status, versions: versions.length, missing: completeness.length }));
  if (row.version !== input.version) throw new ConflictError('lkjip.staleReport');
  const head = await scopeHeadOf(ctx, row.unit_id);
  const noHead = row.unit_id === null ? 'lkjip.noRegencyHead' : 'lkjip.noHead';
  if (!head?.holder) throw new ValidationError([{ field: 'unitId', message: noHead }], noHead);
  const tenant = await getTenant(ctx, ctx.tenantId);
  const signer = { employeeId: head.holder.employeeId, capacity: head.holder.kind, jabatan: head.position.name };
  const place = tenant.name.replace(/^(Kabupaten|Kota)\s+/i, '');
  const number = input.number ?? (await defaultNumber(ctx, row.unit_id, row.year));
  const made = await createDocument(
    ctx,
    documentInput(content.document, { unitId: row.unit_id, number, place, date: await tenantToday(ctx), signer }),
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
