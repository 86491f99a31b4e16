/**
 * RPJMD and Renstra as XLSX: the export (which imports back unchanged) and the import — every row checked first
 * (cells, cross-row, tree rules, indicator manual), then written all-or-nothing in one transaction.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ValidationError } from '../../shared/errors.ts';
import type { BudgetImportView } from './budget.contract.ts';
import { requireUnit } from './budget-settings.service.ts';
import type { SheetProblem } from './budget-xlsx.ts';
import { manualProblems } from './indicators.service.ts';
import type { NodeKind } from './performance.contract.ts';
import { enforce, mayChangePeriodContent, mayEditNode } from './performance.policy.ts';
import { indicatorsOfNodes, loadPeriod, type NodeRow, type PeriodRow } from './performance.repository.ts';
import { planTable } from './plan.queries.ts';
import { checkIndicators, columnOfField, fileTargetOf, type KnownIndicator } from './plan-import-indicators.ts';
import { checkNodes, type KnownNode } from './plan-import-nodes.ts';
import { type ImportCounts, xlsxImportRejected, xlsxImportView } from './plan-import-result.ts';
import { applyPlanChanges, type PlanChanges } from './plan-import-write.ts';
import { PLAN_SHEETS, type PlanLayout, parsePlanFile, writePlanFile } from './plan-xlsx.ts';
import { currentPlanner, isOpdUnit } from './planner.ts';

/** Which plan: the period's RPJMD (unit null) or one OPD's Renstra. */
export interface PlanScope {
  readonly periodId: string;
  readonly document: 'rpjmd' | 'renstra';
  readonly unitId: string | null;
}

function layoutOf(scope: PlanScope, period: PeriodRow): PlanLayout {
  const years = Array.from({ length: period.end_year - period.start_year + 1 }, (_, i) => period.start_year + i);
  return { document: scope.document, years };
}

/** The period and (Renstra) the unit must exist in the tenant: 404 before anything else. */
async function loadScope(ctx: RequestContext, scope: PlanScope): Promise<PeriodRow> {
  const period = await loadPeriod(ctx, scope.periodId);
  if (scope.unitId) await requireUnit(ctx, scope.unitId);
  return period;
}

function knownNode(row: NodeRow): KnownNode {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind as NodeKind,
    parentId: row.parent_id,
    derivesFromNodeId: row.derives_from_node_id,
    title: row.title,
    version: row.version,
  };
}

/** The stored nodes of the plan, the RPJMD nodes a Renstra may refer to, and the indicators of the plan. */
async function loadStored(ctx: RequestContext, scope: PlanScope) {
  const base = tenantDb(ctx).selectFrom('plan_nodes').selectAll().where('period_id', '=', scope.periodId);
  const rows = await (scope.unitId
    ? base.where('document', '=', scope.document).where('unit_id', '=', scope.unitId)
    : base.where('document', '=', scope.document).where('unit_id', 'is', null)
  ).execute();
  const references = scope.document === 'renstra' ? await base.where('document', '=', 'rpjmd').execute() : ([] as NodeRow[]);
  const byNode = await indicatorsOfNodes(
    ctx,
    rows.map((r) => r.id),
  );
  const indicators: KnownIndicator[] = rows.flatMap((r) => (byNode.get(r.id) ?? []).map((view) => ({ nodeCode: r.code, view })));
  return { nodes: rows.map(knownNode), references: references.map(knownNode), indicators };
}

/** Checks a file against the stored plan: problems, counts and the changes to write. */
async function checkPlanFile(ctx: RequestContext, data: Buffer, scope: PlanScope, period: PeriodRow) {
  const layout = layoutOf(scope, period);
  const file = await parsePlanFile(data, layout);
  const counts: ImportCounts = { rows: file.rows, added: 0, updated: 0, unchanged: 0 };
  if (file.problems.some((p) => p.row === null || p.row === 1)) return { problems: file.problems, counts, changes: null };
  const stored = await loadStored(ctx, scope);
  const nodes = checkNodes(file.nodes, stored.nodes, stored.references, {
    sheet: PLAN_SHEETS.nodes,
    periodId: scope.periodId,
    document: scope.document,
    unitId: scope.unitId,
    codesInFile: file.codesInFile,
  });
  const nodeCodes = new Set([...stored.nodes.flatMap((n) => (n.code ? [n.code] : [])), ...file.nodes.map((n) => n.code)]);
  const indicators = checkIndicators(file.indicators, stored.indicators, {
    sheet: PLAN_SHEETS.indicators,
    years: layout.years,
    nodeCodes,
    codesInFile: file.codesInFile,
  });
  const manual = await manualRuleProblems(ctx, indicators.changes, { start: period.start_year, end: period.end_year });
  const problems = [...file.problems, ...nodes.problems, ...indicators.problems, ...manual];
  const changes: PlanChanges = { nodes: nodes.changes, indicators: indicators.changes, stored };
  for (const change of [...nodes.changes, ...indicators.changes]) {
    const changed = 'changed' in change ? change.changed : change.manualChanged || change.targetsChanged;
    if (!change.existing) counts.added += 1;
    else if (changed) counts.updated += 1;
    else counts.unchanged += 1;
  }
  return { problems: sortByRow(problems), counts, changes };
}

/** The manual rules of indicators.service.ts on every new or changed indicator, located at their columns. */
async function manualRuleProblems(
  ctx: RequestContext,
  changes: ReturnType<typeof checkIndicators>['changes'],
  years: { start: number; end: number },
): Promise<SheetProblem[]> {
  const problems: SheetProblem[] = [];
  for (const change of changes) {
    if (change.existing && !change.manualChanged && !change.targetsChanged) continue;
    const found = await manualProblems(ctx, change.fields, change.existing?.view.id ?? null, change.targets, years);
    for (const p of found) {
      const column = columnOfField(p.field, change.targetColumns);
      problems.push({ sheet: PLAN_SHEETS.indicators, row: change.indicator.row, column, key: p.message, params: { column } });
    }
  }
  return problems;
}

function sortByRow(problems: SheetProblem[]): SheetProblem[] {
  const sheetRank = (p: SheetProblem) => (p.sheet === PLAN_SHEETS.indicators ? 1 : 0);
  return [...problems].sort((a, b) => sheetRank(a) - sheetRank(b) || (a.row ?? 0) - (b.row ?? 0));
}

/** SECURITY: after the tenant-scoped lookups, the planning policy decides who may import (RPJMD: planning unit; Renstra: the OPD's planners). */
async function enforceImport(ctx: RequestContext, scope: PlanScope, period: PeriodRow): Promise<void> {
  enforce(mayEditNode(await currentPlanner(ctx), scope.unitId));
  enforce(mayChangePeriodContent(period.status));
  if (scope.unitId && !(await isOpdUnit(ctx, scope.unitId)))
    throw new ValidationError([{ field: 'unitId', message: 'performance.unitNotOpd' }]);
}

/** Checks (dry run) or imports a plan file (read only once the caller may import); with any problem nothing is written (422). */
export async function importPlan(
  ctx: RequestContext,
  scope: PlanScope,
  upload: () => Promise<Buffer>,
  dryRun: boolean,
): Promise<BudgetImportView> {
  const period = await loadScope(ctx, scope);
  await enforceImport(ctx, scope, period);
  const data = await upload();
  if (dryRun) {
    const check = await checkPlanFile(ctx, data, scope, period);
    return xlsxImportView(ctx.locale, check.problems, { dryRun: true, applied: false, counts: check.counts });
  }
  return inTransaction(ctx, async (tx) => {
    const check = await checkPlanFile(tx, data, scope, period);
    if (check.problems.length > 0 || !check.changes) throw xlsxImportRejected(check.problems);
    await applyPlanChanges(tx, scope, check.changes, check.counts);
    return xlsxImportView(tx.locale, [], { dryRun: false, applied: true, counts: check.counts });
  });
}

/** The plan as an XLSX that imports back to the same data (nodes depth-first, indicators in node order). */
export async function exportPlan(ctx: RequestContext, scope: PlanScope): Promise<Buffer> {
  const period = await loadScope(ctx, scope);
  const table = await planTable(ctx, scope.periodId, { document: scope.document, unitId: scope.unitId ?? undefined });
  const codeOf = new Map(table.items.map((n) => [n.id, n.code]));
  const references = await tenantDb(ctx)
    .selectFrom('plan_nodes')
    .select(['id', 'code'])
    .where('period_id', '=', scope.periodId)
    .where('document', '=', 'rpjmd')
    .execute();
  const refCodeOf = new Map(references.map((n) => [n.id, n.code]));
  const layout = layoutOf(scope, period);
  const nodes = table.items.map((n) => ({
    kind: n.kind,
    code: n.code ?? '',
    parentCode: n.parentId ? (codeOf.get(n.parentId) ?? null) : null,
    derivesCode: n.derivesFromNodeId ? (refCodeOf.get(n.derivesFromNodeId) ?? null) : null,
    title: n.title,
  }));
  const indicators = table.items.flatMap((n) =>
    n.indicators.map((i) => ({
      nodeCode: n.code ?? '',
      code: i.code,
      name: i.name,
      unitOfMeasure: i.unitOfMeasure,
      polarity: i.polarity,
      aggregation: i.aggregation,
      frequency: i.frequency,
      operationalDefinition: i.operationalDefinition ?? null,
      formulaText: i.formulaText ?? null,
      isIku: i.isIku,
      baselineYear: i.baselineYear ?? null,
      baselineValue: i.baselineValue ?? null,
      targets: layout.years.map((year) => {
        const t = i.targets.find((x) => x.year === year && x.period === null);
        return t ? fileTargetOf(t) : null;
      }),
    })),
  );
  return writePlanFile(layout, nodes, indicators);
}
