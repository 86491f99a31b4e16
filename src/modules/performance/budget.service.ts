/** Budget lines of an OPD and year: the list with exact totals and serapan, the import, the export. */
import { inTransaction } from '../../db/executor.ts';
import type { BudgetLinesTable } from '../../db/schema/performance-budget.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { BudgetImportView, BudgetListView } from './budget.contract.ts';
import { serapan } from './budget-efficiency.ts';
import { BUDGET_EXAMPLE, type BudgetFileLine, parseBudgetFile, writeBudgetFile } from './budget-file.ts';
import { importRejected, importView } from './budget-import-result.ts';
import { moneyText, sumMoney } from './budget-money.ts';
import { BUDGET_MONTH_COLUMNS } from './budget-months.ts';
import { enforceUnitScope, requireUnit } from './budget-settings.service.ts';

const MONTH_COLUMNS = BUDGET_MONTH_COLUMNS;

type LineRow = BudgetLinesTable;

async function linesOf(ctx: RequestContext, unitId: string, year: number): Promise<LineRow[]> {
  return tenantDb(ctx).selectFrom('budget_lines').selectAll().where('unit_id', '=', unitId).where('year', '=', year).execute();
}

function fileLineOf(row: LineRow): BudgetFileLine {
  return {
    subKegiatanCode: row.sub_kegiatan_code,
    accountCode: row.account_code === '' ? null : row.account_code,
    description: row.description,
    fundingSource: row.funding_source,
    pagu: row.pagu,
    realisasi: MONTH_COLUMNS.map((c) => row[c]),
  };
}

const byKey = (a: BudgetFileLine, b: BudgetFileLine) =>
  a.subKegiatanCode.localeCompare(b.subKegiatanCode, 'en', { numeric: true }) ||
  (a.accountCode ?? '').localeCompare(b.accountCode ?? '', 'en', { numeric: true });

/** The lines of an OPD and year with realisasi totals, serapan per line and exact totals. */
export async function listBudget(ctx: RequestContext, unitId: string, year: number): Promise<BudgetListView> {
  await requireUnit(ctx, unitId);
  const rows = await linesOf(ctx, unitId, year);
  const ids = rows.map((r) => r.id);
  const tags =
    ids.length === 0
      ? []
      : await tenantDb(ctx)
          .selectFrom('budget_indicator_tags')
          .select(['budget_line_id', 'indicator_id'])
          .where('budget_line_id', 'in', ids)
          .orderBy('indicator_id')
          .execute();
  const tagsOf = groupBy(tags, (t) => t.budget_line_id);
  const lines = rows
    .map((row) => ({ id: row.id, ...fileLineOf(row) }))
    .sort(byKey)
    .map((line) => {
      const total = sumMoney(line.realisasi);
      const s = serapan(line.pagu, total);
      const indicatorIds = (tagsOf.get(line.id) ?? []).map((t) => t.indicator_id);
      return { ...line, realisasiTotal: moneyText(total), serapan: s.computable ? s.percent : null, indicatorIds };
    });
  const pagu = sumMoney(lines.map((l) => l.pagu));
  const realisasi = sumMoney(lines.map((l) => l.realisasiTotal));
  const total = serapan(pagu, realisasi);
  return {
    unitId,
    year,
    lines,
    totals: { pagu: moneyText(pagu), realisasi: moneyText(realisasi), serapan: total.computable ? total.percent : null },
  };
}

function sameLine(a: BudgetFileLine, b: BudgetFileLine): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const withoutRow = ({ row: _row, ...line }: BudgetFileLine & { row: number }): BudgetFileLine => line;

async function checkFile(ctx: RequestContext, data: Buffer, unitId: string, year: number) {
  const known = await tenantDb(ctx).selectFrom('nomenclature_items').select('code').where('level', '=', 'sub_kegiatan').execute();
  const parsed = await parseBudgetFile(data, new Set(known.map((k) => k.code)));
  const existing = new Map((await linesOf(ctx, unitId, year)).map((r) => [`${r.sub_kegiatan_code}|${r.account_code}`, r]));
  const keyOf = (l: BudgetFileLine) => `${l.subKegiatanCode}|${l.accountCode ?? ''}`;
  const added = parsed.lines.filter((l) => !existing.has(keyOf(l)));
  const updated = parsed.lines.flatMap((l) => {
    const before = existing.get(keyOf(l));
    return before && !sameLine(fileLineOf(before), withoutRow(l)) ? [{ line: l, id: before.id }] : [];
  });
  const counts = {
    rows: parsed.total,
    added: added.length,
    updated: updated.length,
    unchanged: parsed.lines.length - added.length - updated.length,
  };
  return { problems: parsed.problems, added, updated, counts };
}

function columnsOf(line: BudgetFileLine, tx: RequestContext) {
  const months = Object.fromEntries(MONTH_COLUMNS.map((c, i) => [c, line.realisasi[i] ?? null])) as Record<
    (typeof MONTH_COLUMNS)[number],
    string | null
  >;
  return {
    description: line.description,
    funding_source: line.fundingSource,
    pagu: line.pagu,
    ...months,
    updated_at: tx.platform.now().toISOString(),
    updated_by: tx.actor.userId,
  };
}

/** Checks (dry run) or imports an OPD's budget file for a year; with any problem nothing is written (422). */
export async function importBudget(
  ctx: RequestContext,
  data: Buffer,
  unitId: string,
  year: number,
  dryRun: boolean,
): Promise<BudgetImportView> {
  await requireUnit(ctx, unitId);
  await enforceUnitScope(ctx, unitId);
  if (dryRun) {
    const check = await checkFile(ctx, data, unitId, year);
    return importView(ctx.locale, check.problems, { dryRun: true, applied: false, counts: check.counts });
  }
  return inTransaction(ctx, async (tx) => {
    const check = await checkFile(tx, data, unitId, year);
    if (check.problems.length > 0) throw importRejected(check.problems);
    const db = tenantDb(tx);
    for (const line of check.added)
      await db
        .insertInto('budget_lines', {
          id: newId(),
          unit_id: unitId,
          year,
          sub_kegiatan_code: line.subKegiatanCode,
          account_code: line.accountCode ?? '',
          ...columnsOf(line, tx),
        })
        .execute();
    for (const { line, id } of check.updated)
      await db.updateTable('budget_lines').set(columnsOf(line, tx)).where('id', '=', id).execute();
    await recordAudit(tx, 'performance.budget_imported', {
      objectType: 'unit',
      objectId: unitId,
      data: { year, ...check.counts },
    });
    return importView(tx.locale, [], { dryRun: false, applied: true, counts: check.counts });
  });
}

/** The OPD's lines of a year as a budget XLSX that imports back to the same data. */
export async function exportBudget(ctx: RequestContext, unitId: string, year: number): Promise<Buffer> {
  await requireUnit(ctx, unitId);
  const lines = (await linesOf(ctx, unitId, year)).map(fileLineOf).sort(byKey);
  return writeBudgetFile(lines);
}

/** The template users download. */
export function budgetTemplate(): Promise<Buffer> {
  return writeBudgetFile(BUDGET_EXAMPLE);
}
