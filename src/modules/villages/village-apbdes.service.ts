/**
 * APBDes of a desa and year: read, import from a Siskeudes-shaped XLSX (dry run, or the year's APBDes replaced whole in
 * one transaction at the version seen), export in the same layout, and the APBDes-vs-RKPDes comparison per bidang.
 */
import { Decimal } from 'decimal.js';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { type BudgetLine, budgetTotals, leafLines, rankOf } from './village-apbdes-rows.ts';
import { type ApbdesSheetProblem, parseApbdesFile, writeApbdesFile } from './village-apbdes-xlsx.ts';
import type { DesaRecord } from './village-lookup.ts';
import {
  type BudgetImportView,
  type BudgetLineView,
  type BudgetView,
  type PlansSummaryView,
  VILLAGE_BIDANG,
} from './village-plans.contract.ts';
import { isUniqueViolation, planDesa, planDesaView } from './village-plans-access.ts';

const PM = 'villages.plans';

/** The stored APBDes of a desa-year (header row or undefined) and its lines with their depth. */
async function stored(ctx: RequestContext, regionId: string, year: number) {
  const db = tenantDb(ctx);
  const budget = await db
    .selectFrom('village_budgets')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .executeTakeFirst();
  const rows = budget
    ? await db.selectFrom('village_budget_lines').selectAll().where('budget_id', '=', budget.id).orderBy('position').execute()
    : [];
  const lines = rows.map((r) => ({
    position: Number(r.position),
    kode: r.kode,
    uraian: r.uraian,
    kind: r.kind,
    level: r.level,
    bidang: r.bidang === null ? null : Number(r.bidang),
    anggaran: r.anggaran,
    sumberDana: r.sumber_dana,
    rank: rankOf(r.kind, r.level, r.kode),
  }));
  return { budget, lines };
}

/** `GET /api/villages/desa/:regionId/apbdes/:year`. */
export async function getBudget(ctx: RequestContext, regionId: string, year: number): Promise<BudgetView> {
  const desa = await planDesa(ctx, regionId, 'read');
  const { budget, lines } = await stored(ctx, desa.id, year);
  return {
    desa: planDesaView(desa),
    year,
    version: budget ? Number(budget.version) : null,
    fileName: budget?.file_name ?? null,
    importedAt: budget?.imported_at ?? null,
    totals: budgetTotals(lines),
    lines: lines.map(({ rank: _rank, ...line }): BudgetLineView => line),
  };
}

function translated(ctx: RequestContext, problems: readonly ApbdesSheetProblem[]) {
  return problems.map((p) => ({
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    message: translate(ctx.locale, `${PM}.file.${p.key}`, p.params ?? {}),
  }));
}

function rejected(problems: readonly ApbdesSheetProblem[]): ValidationError {
  const fields = problems.slice(0, 50).map((p) => ({
    field: p.row === null ? p.sheet : `${p.sheet}[${p.row}].${p.column ?? ''}`,
    message: `${PM}.file.${p.key}`,
    params: p.params,
  }));
  return new ValidationError(fields, `${PM}.importRejected`);
}

/** Replaces the desa-year's lines in the open transaction; answers the new version (409 on a stale one). */
async function replaceBudget(
  tx: RequestContext,
  desa: DesaRecord,
  year: number,
  lines: BudgetLine[],
  seen: number | undefined,
  fileName: string | null,
) {
  const db = tenantDb(tx);
  const now = tx.platform.now().toISOString();
  const current = await stored(tx, desa.id, year);
  const budgetId = current.budget?.id ?? newId();
  let version = 1;
  if (current.budget) {
    version = Number(current.budget.version) + 1;
    const updated = await db
      .updateTable('village_budgets')
      .set({ version, file_name: fileName, imported_by: tx.actor.userId, imported_at: now })
      .where('id', '=', budgetId)
      .where('version', '=', seen ?? -1)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(`${PM}.staleVersion`);
    await db.deleteFrom('village_budget_lines').where('budget_id', '=', budgetId).execute();
  } else {
    const header = { id: budgetId, region_id: desa.id, year, file_name: fileName, version, imported_by: tx.actor.userId };
    await db.insertInto('village_budgets', { ...header, imported_at: now }).execute();
  }
  const rows = lines.map((l, position) => ({
    ...{ budget_id: budgetId, position, kode: l.kode, uraian: l.uraian, kind: l.kind, level: l.level },
    ...{ bidang: l.bidang, anggaran: l.anggaran, sumber_dana: l.sumberDana },
  }));
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('village_budget_lines', rows.slice(i, i + 200)).execute();
  return version;
}

/** `POST …/apbdes/:year/import`: checks (dry run) or replaces the desa-year's APBDes; any problem writes nothing (422). */
export async function importBudget(
  ctx: RequestContext,
  regionId: string,
  year: number,
  upload: () => Promise<{ data: Buffer; fileName: string | null }>,
  options: { dryRun: boolean; version?: number },
): Promise<BudgetImportView> {
  const desa = await planDesa(ctx, regionId, 'edit');
  const file = await upload();
  const { lines, problems } = await parseApbdesFile(file.data, year);
  const counts = { lines: lines.length, kegiatan: lines.filter((l) => l.level === 'kegiatan').length };
  const totals = budgetTotals(lines);
  if (options.dryRun) {
    const { budget } = await stored(ctx, desa.id, year);
    const version = budget ? Number(budget.version) : null;
    return {
      ok: problems.length === 0,
      dryRun: true,
      applied: false,
      counts,
      totals,
      version,
      problems: translated(ctx, problems),
    };
  }
  if (problems.length > 0) throw rejected(problems);
  try {
    return await inTransaction(ctx, async (tx) => {
      const version = await replaceBudget(tx, desa, year, lines, options.version, file.fileName);
      await recordAudit(tx, 'villages.apbdes_imported', {
        objectType: 'village_budget',
        objectId: `${desa.id}:${year}`,
        data: { regionId: desa.id, year, version, ...counts, ...totals },
      });
      return { ok: true, dryRun: false, applied: true, counts, totals, version, problems: [] };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`${PM}.staleVersion`);
    throw error;
  }
}

/** `GET …/apbdes/:year/export`: the stored APBDes as a workbook the import reads back to the same lines. */
export async function exportBudget(ctx: RequestContext, regionId: string, year: number): Promise<Buffer> {
  const desa = await planDesa(ctx, regionId, 'read');
  const { lines } = await stored(ctx, desa.id, year);
  return writeApbdesFile(desa.name, year, lines);
}

/** `GET /api/villages/desa/:regionId/plans/:year/summary`: APBDes belanja vs RKPDes biaya per bidang, exact. */
export async function plansSummary(ctx: RequestContext, regionId: string, year: number): Promise<PlansSummaryView> {
  const desa = await planDesa(ctx, regionId, 'read');
  const { lines } = await stored(ctx, desa.id, year);
  const activities = await tenantDb(ctx)
    .selectFrom('village_rkp_activities')
    .select(['bidang', 'biaya'])
    .where('region_id', '=', desa.id)
    .where('year', '=', year)
    .execute();
  const zero = () => new Decimal(0);
  const apbdes = new Map<number, Decimal>();
  const rkp = new Map<number, Decimal>();
  for (const l of leafLines(lines))
    if (l.kind === 'belanja' && l.bidang !== null) apbdes.set(l.bidang, (apbdes.get(l.bidang) ?? zero()).plus(l.anggaran));
  for (const a of activities) rkp.set(Number(a.bidang), (rkp.get(Number(a.bidang)) ?? zero()).plus(a.biaya));
  const bidang = [1, 2, 3, 4, 5].map((b) => {
    const [x, y] = [apbdes.get(b) ?? zero(), rkp.get(b) ?? zero()];
    return { bidang: b, name: VILLAGE_BIDANG[b]!, apbdes: x.toFixed(2), rkp: y.toFixed(2), difference: x.minus(y).toFixed(2) };
  });
  const sum = (key: 'apbdes' | 'rkp') => bidang.reduce((acc, b) => acc.plus(b[key]), zero());
  const totals = {
    apbdes: sum('apbdes').toFixed(2),
    rkp: sum('rkp').toFixed(2),
    difference: sum('apbdes').minus(sum('rkp')).toFixed(2),
  };
  return { desa: planDesaView(desa), year, bidang, totals };
}
