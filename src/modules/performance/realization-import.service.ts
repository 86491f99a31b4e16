/**
 * Realisasi of one OPD and year as XLSX, built on the realisasi grid (realizations.queries.ts): the export (one row
 * per indicator × period, imports back unchanged) and the import, which writes all-or-nothing — new rows as drafts
 * with source `import`, changed draft or returned rows compare-and-set like a manual entry.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { BudgetImportView } from './budget.contract.ts';
import { requireUnit } from './budget-settings.service.ts';
import { parseDecimal, plainText } from './capaian/decimal.ts';
import { type ImportCounts, xlsxImportRejected, xlsxImportView } from './plan-import-result.ts';
import { currentPlanner } from './planner.ts';
import { changeRealization } from './realization-context.ts';
import { checkRealizationRows, type RealizationChange } from './realization-import-check.ts';
import { parseRealizationFile, type RealizationValues, writeRealizationFile } from './realization-xlsx.ts';
import { enforceRealization, mayEnterForOpd } from './realizations.policy.ts';
import { realizationGrid } from './realizations.queries.ts';

async function checkFile(ctx: RequestContext, data: Buffer, unitId: string, year: number) {
  const parsed = await parseRealizationFile(data);
  const counts: ImportCounts = { rows: parsed.total, added: 0, updated: 0, unchanged: 0 };
  if (parsed.problems.some((p) => p.row === null || p.row === 1)) return { problems: parsed.problems, counts, changes: [] };
  const checked = checkRealizationRows(parsed.rows, await realizationGrid(ctx, unitId, year));
  for (const c of checked.changes) {
    if (!c.changed) counts.unchanged += 1;
    else if (c.existing) counts.updated += 1;
    else counts.added += 1;
  }
  const problems = [...parsed.problems, ...checked.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { problems, counts, changes: checked.changes.filter((c) => c.changed) };
}

/** SECURITY: after the tenant-scoped unit lookup (404), only the OPD's planners or the coordinator may import (403). */
async function enforceEntry(ctx: RequestContext, unitId: string): Promise<void> {
  await requireUnit(ctx, unitId);
  enforceRealization(mayEnterForOpd(await currentPlanner(ctx), unitId));
}

const canonical = (text: string | null) => {
  const parsed = parseDecimal(text);
  return parsed ? plainText(parsed) : null;
};

function valueColumns(v: RealizationValues) {
  return {
    value: canonical(v.value),
    numerator: canonical(v.numerator),
    denominator: canonical(v.denominator),
    obstacles: v.obstacles,
    remedies: v.remedies,
  };
}

async function writeChange(tx: RequestContext, c: RealizationChange, year: number, now: string): Promise<void> {
  const entered = { source: 'import' as const, entered_by: tx.actor.userId, updated_at: now };
  if (c.existing) {
    await changeRealization(tx, c.existing.id, c.existing.version, { ...valueColumns(c.row), ...entered });
    return;
  }
  const inserted = await tenantDb(tx)
    .insertInto('indicator_realizations', {
      ...{ id: newId(), indicator_id: c.row.indicatorId, year, period: c.row.period, ...valueColumns(c.row) },
      ...{ manual_capaian: null, status: 'draft', review_note: null, ...entered, created_at: now },
      ...{ submitted_by: null, submitted_at: null, reviewed_by: null, reviewed_at: null },
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'indicator_id', 'year', 'period']).doNothing())
    .executeTakeFirst();
  // Someone entered the period since the check: the same answer as a stale version.
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new ConflictError('performance.realizations.staleVersion');
}

/** Checks (dry run) or imports a realisasi file of the OPD and year (read once allowed); any problem writes nothing (422). */
export async function importRealizations(
  ctx: RequestContext,
  unitId: string,
  year: number,
  upload: () => Promise<Buffer>,
  dryRun: boolean,
): Promise<BudgetImportView> {
  await enforceEntry(ctx, unitId);
  const data = await upload();
  if (dryRun) {
    const check = await checkFile(ctx, data, unitId, year);
    return xlsxImportView(ctx.locale, check.problems, { dryRun: true, applied: false, counts: check.counts });
  }
  return inTransaction(ctx, async (tx) => {
    const check = await checkFile(tx, data, unitId, year);
    if (check.problems.length > 0) throw xlsxImportRejected(check.problems);
    const now = tx.platform.now().toISOString();
    for (const change of check.changes) await writeChange(tx, change, year, now);
    await recordAudit(tx, 'performance.realizations_imported', {
      objectType: 'unit',
      objectId: unitId,
      data: { year, ...check.counts },
    });
    return xlsxImportView(tx.locale, [], { dryRun: false, applied: true, counts: check.counts });
  });
}

/** The OPD's realisasi of a year: every indicator × period it reports, filled where a realisasi exists. */
export async function exportRealizations(ctx: RequestContext, unitId: string, year: number): Promise<Buffer> {
  const grid = await realizationGrid(ctx, unitId, year);
  const rows = grid.indicators.flatMap((i) =>
    i.periods.map(({ period, realization: r }) => ({
      indicatorId: i.indicatorId,
      code: i.code,
      name: i.name,
      unitOfMeasure: i.unitOfMeasure,
      period,
      value: r?.value ?? null,
      numerator: r?.numerator ?? null,
      denominator: r?.denominator ?? null,
      obstacles: r?.obstacles ?? null,
      remedies: r?.remedies ?? null,
      status: r?.status ?? null,
    })),
  );
  return writeRealizationFile(rows);
}
