/** LKjIP use cases: create a draft, save a narrative section, export a version (DOCX + PDF). One transaction each. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { storeFile } from '../../platform/storage/tenant-files.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { opdOfUnit } from '../organization/index.ts';
import { currentPlanner } from '../performance/index.ts';
import type { CreateReportInput, ReportView, SaveSectionInput } from './lkjip.contract.ts';
import { enforce, mayChangeContent, mayPrepareReport } from './lkjip.policy.ts';
import { assembledReport, getReport, loadReport, type ReportRow, versionView } from './lkjip.queries.ts';
import { renderLkjipDocx } from './lkjip-docx.ts';
import { renderLkjipPdf } from './lkjip-pdf.ts';

/** SECURITY: the acting user prepares reports of this scope (planner of the OPD, or the coordinator). */
export async function enforcePreparer(ctx: RequestContext, unitId: string | null): Promise<void> {
  enforce(mayPrepareReport(await currentPlanner(ctx), unitId));
}

/** Inserts a draft report row (no checks); returns its id. */
export async function insertReport(ctx: RequestContext, unitId: string | null, year: number, createdBy: string | null) {
  const id = newId();
  const now = ctx.platform.now().toISOString();
  await tenantDb(ctx)
    .insertInto('lkjip_reports', {
      ...{ id, unit_id: unitId, scope_key: unitId ?? 'regency', year, status: 'draft' as const, document_id: null },
      ...{ created_by: createdBy, created_at: now, updated_at: now },
    })
    .execute();
  await recordAudit(ctx, 'lkjip.report.created', { objectType: 'lkjip_report', objectId: id, data: { unitId, year } });
  return id;
}

/** Creates the draft LKjIP of an OPD or of the regency for a year (409 when it exists). */
export async function createReport(ctx: RequestContext, input: CreateReportInput): Promise<ReportView> {
  if (input.unitId !== null) {
    // SECURITY: the unit is looked up inside the tenant first; another tenant's unit is a 404.
    const unit = await tenantDb(ctx).selectFrom('units').select('id').where('id', '=', input.unitId).executeTakeFirst();
    if (!unit) throw new NotFoundError('unit');
    if ((await opdOfUnit(ctx, input.unitId)) !== input.unitId)
      throw new ValidationError([{ field: 'body.unitId', message: 'lkjip.unitNotOpd' }]);
  }
  await enforcePreparer(ctx, input.unitId);
  const id = await inTransaction(ctx, async (tx) => {
    const existing = await tenantDb(tx)
      .selectFrom('lkjip_reports')
      .select('id')
      .where('scope_key', '=', input.unitId ?? 'regency')
      .where('year', '=', input.year)
      .executeTakeFirst();
    if (existing) throw new ConflictError('lkjip.reportExists');
    return insertReport(tx, input.unitId, input.year, tx.actor.userId);
  });
  return getReport(ctx, id);
}

/** Loads a report the acting user may change (404 across tenants first, then 403, then 409 when final). */
async function changeableReport(ctx: RequestContext, reportId: string): Promise<ReportRow> {
  const row = await loadReport(ctx, reportId);
  await enforcePreparer(ctx, row.unit_id);
  enforce(mayChangeContent(row.status));
  return row;
}

/** Saves one narrative section with an optimistic version (0 for a first save); 409 when someone saved meanwhile. */
export async function saveSection(ctx: RequestContext, reportId: string, input: SaveSectionInput): Promise<ReportView> {
  const row = await changeableReport(ctx, reportId);
  const { content } = await assembledReport(ctx, row);
  if (!content.sections.some((s) => s.key === input.key))
    throw new ValidationError([{ field: 'body.key', message: 'lkjip.unknownSection' }]);
  await inTransaction(ctx, async (tx) => {
    const db = tenantDb(tx);
    const now = tx.platform.now().toISOString();
    const current = await db
      .selectFrom('lkjip_sections')
      .select(['id', 'version'])
      .where('report_id', '=', row.id)
      .where('section_key', '=', input.key)
      .executeTakeFirst();
    if ((current?.version ?? 0) !== input.version) throw new ConflictError('lkjip.staleSection');
    if (!current)
      await db
        .insertInto('lkjip_sections', {
          ...{ id: newId(), report_id: row.id, section_key: input.key, text: input.text },
          ...{ updated_by: tx.actor.userId, updated_at: now },
        })
        .execute();
    else {
      const done = await db
        .updateTable('lkjip_sections')
        .set({ text: input.text, updated_by: tx.actor.userId, updated_at: now, version: input.version + 1 })
        .where('id', '=', current.id)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1) throw new ConflictError('lkjip.staleSection');
    }
    await db.updateTable('lkjip_reports').set({ updated_at: now }).where('id', '=', row.id).execute();
    await recordAudit(tx, 'lkjip.section.saved', {
      objectType: 'lkjip_report',
      objectId: row.id,
      data: { key: input.key, version: input.version + 1, length: input.text.length },
    });
  });
  return getReport(ctx, row.id);
}

/**
 * Renders the report from today's data (outside any transaction), then stores the DOCX and PDF and the numbered
 * version row in one transaction. No authority check: the route and the job decide who may export.
 */
export async function produceVersion(ctx: RequestContext, row: ReportRow, options: { jobId?: string; createdBy: string | null }) {
  const { content, completeness } = await assembledReport(ctx, row);
  const [docx, pdf] = [await renderLkjipDocx(content.document), await renderLkjipPdf(content.document)];
  const base = `lkjip-${row.year}-${row.scope_key}`;
  return inTransaction(ctx, async (tx) => {
    const db = tenantDb(tx);
    const last = await db
      .selectFrom('lkjip_versions')
      .select('number')
      .where('report_id', '=', row.id)
      .orderBy('number', 'desc')
      .executeTakeFirst();
    const number = (last?.number ?? 0) + 1;
    const docxFile = await storeFile(
      tx,
      docx,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      `${base}-v${number}.docx`,
    );
    const pdfFile = await storeFile(tx, pdf, 'application/pdf', `${base}-v${number}.pdf`);
    const version = {
      ...{ id: newId(), report_id: row.id, number, docx_file_id: docxFile.id, pdf_file_id: pdfFile.id },
      ...{ completeness: JSON.stringify(completeness), job_id: options.jobId ?? null },
      ...{ created_by: options.createdBy, created_at: tx.platform.now().toISOString() },
    };
    await db.insertInto('lkjip_versions', version).execute();
    await db.updateTable('lkjip_reports').set({ updated_at: version.created_at }).where('id', '=', row.id).execute();
    await recordAudit(tx, 'lkjip.version.exported', {
      objectType: 'lkjip_report',
      objectId: row.id,
      data: { number, docxSha256: docxFile.sha256, pdfSha256: pdfFile.sha256, missing: completeness.length },
    });
    return versionView(version);
  });
}

/** Exports a new version of a draft report (DOCX + PDF), whatever is still missing (the version records it). */
export async function exportReport(ctx: RequestContext, reportId: string) {
  const row = await changeableReport(ctx, reportId);
  return produceVersion(ctx, row, { createdBy: ctx.actor.userId });
}
