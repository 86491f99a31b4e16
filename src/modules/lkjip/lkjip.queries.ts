/** Reading LKjIP reports: the row (404 across tenants), the organisation facts, the assembled outline and views. */
import type { Selectable } from 'kysely';
import type { LkjipReportsTable } from '../../db/schema/lkjip.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { kopForUnit } from '../documents/index.ts';
import { getTenant, headPositionOfUnit, opdUnits, positionHolders } from '../organization/index.ts';
import { type LkjipFacts, lkjipFactsOfYear } from '../performance/index.ts';
import type { ReportSummaryView, ReportView } from './lkjip.contract.ts';
import { type CompletenessItem, completenessOf } from './lkjip-completeness.ts';
import { assembleLkjip } from './lkjip-content.ts';
import type { LkjipContent, LkjipOrgFacts } from './lkjip-model.ts';

/** A report row. */
export type ReportRow = Selectable<LkjipReportsTable>;

/** SECURITY: the report with this id in the caller's tenant; another tenant's id is a 404. */
export async function loadReport(ctx: RequestContext, reportId: string): Promise<ReportRow> {
  const row = await tenantDb(ctx).selectFrom('lkjip_reports').selectAll().where('id', '=', reportId).executeTakeFirst();
  if (!row) throw new NotFoundError('lkjip report');
  return row;
}

/** Today (YYYY-MM-DD) in the tenant's time zone. */
export async function tenantToday(ctx: RequestContext): Promise<string> {
  const tenant = await getTenant(ctx, ctx.tenantId);
  return new Intl.DateTimeFormat('en-CA', { timeZone: tenant.timezone }).format(ctx.platform.now());
}

async function unitName(ctx: RequestContext, unitId: string | null): Promise<string> {
  if (unitId === null) return `Pemerintah ${(await getTenant(ctx, ctx.tenantId)).name}`;
  const row = await tenantDb(ctx).selectFrom('units').select('name').where('id', '=', unitId).executeTakeFirst();
  return row?.name ?? '';
}

/** The head of the OPD today (jabatan and holder), or null when the unit has no head position. */
export async function headOf(ctx: RequestContext, unitId: string) {
  const head = await headPositionOfUnit(ctx, unitId);
  if (!head) return null;
  const [holder] = await positionHolders(ctx, [head.id], await tenantToday(ctx));
  return { position: head, holder: holder ?? null };
}

/**
 * SECURITY: the regional head (Bupati/Wali Kota) today: the head position of the tenant's `pemda` root unit and its
 * holder on today's date (definitif, Plt, Plh or Pj), found inside the tenant only; null without a pemda unit or head.
 */
export async function regencyHeadOf(ctx: RequestContext) {
  const root = await tenantDb(ctx)
    .selectFrom('units')
    .select('id')
    .where('kind', '=', 'pemda')
    .where('parent_id', 'is', null)
    .orderBy('code')
    .executeTakeFirst();
  return root ? headOf(ctx, root.id) : null;
}

/** The head of the report's scope today: the OPD's head, or the regional head for the regency's report. */
export function scopeHeadOf(ctx: RequestContext, unitId: string | null) {
  return unitId === null ? regencyHeadOf(ctx) : headOf(ctx, unitId);
}

/** The organisation facts of Bab I and the cover: regency, OPD name, head, sub-units (or the OPDs), the lambang. */
export async function orgFactsOf(ctx: RequestContext, unitId: string | null): Promise<LkjipOrgFacts> {
  const tenant = await getTenant(ctx, ctx.tenantId);
  const kop = await kopForUnit(ctx, unitId);
  const base = {
    regencyName: `Pemerintah ${tenant.name}`,
    unitName: await unitName(ctx, unitId),
    ...(kop.lambang ? { lambang: kop.lambang } : {}),
  };
  if (unitId === null) {
    const regencyHead = await regencyHeadOf(ctx);
    const head = regencyHead ? { jabatan: regencyHead.position.name, name: regencyHead.holder?.name ?? null } : null;
    return { ...base, head, subunits: (await opdUnits(ctx)).map((u) => u.name) };
  }
  const children = await tenantDb(ctx)
    .selectFrom('units')
    .select('name')
    .where('parent_id', '=', unitId)
    .orderBy('sort_order')
    .orderBy('code')
    .execute();
  const head = await headOf(ctx, unitId);
  return {
    ...base,
    head: head ? { jabatan: head.position.name, name: head.holder?.name ?? null } : null,
    subunits: children.map((c) => c.name),
  };
}

/** Saved sections of a report by key. */
export async function sectionRows(ctx: RequestContext, reportId: string) {
  const rows = await tenantDb(ctx).selectFrom('lkjip_sections').selectAll().where('report_id', '=', reportId).execute();
  return new Map(rows.map((r) => [r.section_key, r]));
}

/** The report assembled from today's data and its saved sections, with its completeness. */
export async function assembledReport(
  ctx: RequestContext,
  row: ReportRow,
): Promise<{
  facts: LkjipFacts;
  content: LkjipContent;
  completeness: CompletenessItem[];
  saved: Awaited<ReturnType<typeof sectionRows>>;
}> {
  const [facts, org, saved] = await Promise.all([
    lkjipFactsOfYear(ctx, row.unit_id, row.year),
    orgFactsOf(ctx, row.unit_id),
    sectionRows(ctx, row.id),
  ]);
  const content = assembleLkjip({ facts, org, saved: new Map([...saved].map(([k, r]) => [k, r.text])) });
  return { facts, content, completeness: completenessOf(facts, content.sections), saved };
}

async function versionRows(ctx: RequestContext, reportIds: readonly string[]) {
  if (reportIds.length === 0) return [];
  return tenantDb(ctx)
    .selectFrom('lkjip_versions')
    .selectAll()
    .where('report_id', 'in', [...reportIds])
    .orderBy('number')
    .execute();
}

async function summaryOf(ctx: RequestContext, row: ReportRow, latest: number | null): Promise<ReportSummaryView> {
  return {
    ...{ id: row.id, unitId: row.unit_id, unitName: await unitName(ctx, row.unit_id), year: row.year },
    ...{ status: row.status, version: row.version, documentId: row.document_id, latestVersion: latest },
    ...{ createdAt: row.created_at, updatedAt: row.updated_at },
  };
}

/** The reports of the tenant, newest year first (optionally of one year or OPD). */
export async function listReports(
  ctx: RequestContext,
  query: { year?: number; unitId?: string },
): Promise<{ items: ReportSummaryView[] }> {
  let q = tenantDb(ctx).selectFrom('lkjip_reports').selectAll();
  if (query.year !== undefined) q = q.where('year', '=', query.year);
  if (query.unitId !== undefined) q = q.where('unit_id', '=', query.unitId);
  const rows = await q.orderBy('year', 'desc').orderBy('scope_key').execute();
  const versions = await versionRows(
    ctx,
    rows.map((r) => r.id),
  );
  const latest = (id: string) => versions.filter((v) => v.report_id === id).at(-1)?.number ?? null;
  return { items: await Promise.all(rows.map((r) => summaryOf(ctx, r, latest(r.id)))) };
}

/** A version as the API shows it. */
export function versionView(v: {
  report_id: string;
  number: number;
  created_at: string;
  created_by: string | null;
  completeness: string;
}) {
  const base = `/api/lkjip/reports/${v.report_id}/versions/${v.number}`;
  return {
    number: v.number,
    createdAt: v.created_at,
    createdBy: v.created_by,
    docxUrl: `${base}/docx`,
    pdfUrl: `${base}/pdf`,
    completeness: JSON.parse(v.completeness) as CompletenessItem[],
  };
}

/** One report with its outline refreshed from the data, sections (with versions), completeness and exports. */
export async function getReport(ctx: RequestContext, reportId: string): Promise<ReportView> {
  const row = await loadReport(ctx, reportId);
  const { content, completeness, saved } = await assembledReport(ctx, row);
  const versions = await versionRows(ctx, [row.id]);
  return {
    ...(await summaryOf(ctx, row, versions.at(-1)?.number ?? null)),
    outline: content.document.blocks.map((b) => ({
      ...b,
      ...(b.kind === 'table' ? { header: [...b.header], rows: b.rows.map((r) => [...r]) } : {}),
    })) as ReportView['outline'],
    sections: content.sections.map((s) => ({
      ...s,
      version: saved.get(s.key)?.version ?? 0,
      updatedAt: saved.get(s.key)?.updated_at ?? null,
    })),
    completeness,
    versions: versions.map(versionView),
  };
}
