/**
 * One Perjanjian Kinerja as XLSX: the export (items and budget rows, imports back unchanged) and the import of a
 * draft PK — every row checked first, then written all-or-nothing in one transaction (items added or their sasaran
 * and target changed, budget rows added or changed; nothing deleted), the PK's version bumped once, with audit.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { isId, newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import {
  type AgreementFacts,
  type BudgetChange,
  checkAgreementRows,
  type IndicatorFacts,
  type ItemChange,
} from './agreement-import-check.ts';
import { draftForChange } from './agreement-items.service.ts';
import { type AgreementFile, type BudgetExportRow, PK_SPECS, parseAgreementFile, writeAgreementFile } from './agreement-xlsx.ts';
import {
  type AgreementRow,
  agreementParts,
  type BudgetRow,
  bumpAgreement,
  type ItemRow,
  loadAgreement,
} from './agreements.queries.ts';
import type { BudgetImportView } from './budget.contract.ts';
import { parseDecimal } from './capaian/decimal.ts';
import { type ImportCounts, xlsxImportRejected, xlsxImportView } from './plan-import-result.ts';
import { type FileTarget, orderProblems } from './plan-xlsx-cells.ts';

function indicatorQuery(ctx: RequestContext) {
  return tenantDb(ctx)
    .selectFrom('indicators')
    .innerJoin('plan_nodes', (j) =>
      j.onRef('plan_nodes.tenant_id', '=', 'indicators.tenant_id').onRef('plan_nodes.id', '=', 'indicators.node_id'),
    )
    .select(['indicators.id', 'indicators.code', 'indicators.name', 'indicators.unit_of_measure'])
    .select(['indicators.aggregation', 'plan_nodes.title', 'plan_nodes.unit_id', 'plan_nodes.period_id']);
}

type IndicatorRow = Awaited<ReturnType<ReturnType<typeof indicatorQuery>['execute']>>[number];
const factsOf = (r: IndicatorRow): IndicatorFacts => ({
  ...{ id: r.id, code: r.code, name: r.name, unitOfMeasure: r.unit_of_measure },
  ...{ unitId: r.unit_id, nodeTitle: r.title, aggregation: r.aggregation },
});

/** The OPD's indicators (of the open periods covering the PK's year) with one of these codes, by code. */
async function indicatorsByCode(ctx: RequestContext, row: AgreementRow, codes: readonly string[]) {
  const out = new Map<string, IndicatorFacts[]>();
  if (codes.length === 0) return out;
  const periods = await tenantDb(ctx)
    .selectFrom('plan_periods')
    .select('id')
    .where('start_year', '<=', row.year)
    .where('end_year', '>=', row.year)
    .where('status', '!=', 'closed')
    .execute();
  if (periods.length === 0) return out;
  const rows = await indicatorQuery(ctx)
    .where('indicators.code', 'in', [...new Set(codes)])
    .where('plan_nodes.unit_id', '=', row.unit_id)
    .where(
      'plan_nodes.period_id',
      'in',
      periods.map((p) => p.id),
    )
    .execute();
  for (const r of rows) out.set(r.code ?? '', [...(out.get(r.code ?? '') ?? []), factsOf(r)]);
  return out;
}

const targetOf = (i: ItemRow): FileTarget | null => {
  if (i.target_kind === 'number') return { kind: 'number', value: i.target_value ?? '' };
  if (i.target_kind === 'range') return { kind: 'range', min: i.target_min ?? '', max: i.target_max ?? '' };
  return i.target_kind === 'text' ? { kind: 'text', text: i.target_text ?? '' } : null;
};

const budgetOf = (b: BudgetRow): BudgetExportRow => ({
  ...{ id: b.id, programCode: b.program_code, programName: b.program_name, kegiatanCode: b.kegiatan_code },
  ...{ kegiatanName: b.kegiatan_name, subKegiatanCode: b.sub_kegiatan_code, subKegiatanName: b.sub_kegiatan_name },
  pagu: b.pagu,
});

/** The stored PK, the indicators the file names (by id, or by code among the OPD's) and the OPD's name. */
async function loadFacts(ctx: RequestContext, row: AgreementRow, file: AgreementFile) {
  const { items, budgets } = await agreementParts(ctx, row.id);
  const named = file.items.map((i) => i.indicatorId).filter((id): id is string => id !== null && isId(id));
  const ids = [...new Set([...named, ...items.map((i) => i.indicator_id)])];
  const byId = ids.length === 0 ? [] : await indicatorQuery(ctx).where('indicators.id', 'in', ids).execute();
  const codes = file.items.flatMap((i) => (i.indicatorId === null && i.code !== null ? [i.code] : []));
  const unit = await tenantDb(ctx).selectFrom('units').select('name').where('id', '=', row.unit_id).executeTakeFirst();
  const facts: AgreementFacts = {
    unitId: row.unit_id,
    unitName: unit?.name ?? '',
    items: items.map((i) => ({ id: i.id, indicatorId: i.indicator_id, sasaran: i.sasaran, target: targetOf(i) })),
    budgets: budgets.map(budgetOf),
    indicators: new Map(byId.map((r) => [r.id, factsOf(r)])),
    byCode: await indicatorsByCode(ctx, row, codes),
  };
  return { facts, nextItemOrder: nextOrder(items), nextBudgetOrder: nextOrder(budgets) };
}

const nextOrder = (rows: readonly { sort_order: number }[]) => Math.max(0, ...rows.map((r) => r.sort_order + 1));

/** Parses and checks a file against the PK: problems, counts and the rows to write. */
async function checkFile(ctx: RequestContext, data: Buffer, row: AgreementRow) {
  const file = await parseAgreementFile(data);
  const counts: ImportCounts = { rows: file.rows, added: 0, updated: 0, unchanged: 0 };
  if (file.problems.some((p) => p.row === null || p.row === 1))
    return { problems: file.problems, counts, items: [], budgets: [], nextItemOrder: 0, nextBudgetOrder: 0 };
  const loaded = await loadFacts(ctx, row, file);
  const checked = checkAgreementRows(file, loaded.facts);
  for (const c of [...checked.items, ...checked.budgets]) {
    if (!c.changed) counts.unchanged += 1;
    else if (c.existing) counts.updated += 1;
    else counts.added += 1;
  }
  const problems = orderProblems([...file.problems, ...checked.problems], PK_SPECS);
  return {
    problems,
    counts,
    items: checked.items.filter((c) => c.changed),
    budgets: checked.budgets.filter((c) => c.changed),
    nextItemOrder: loaded.nextItemOrder,
    nextBudgetOrder: loaded.nextBudgetOrder,
  };
}

const plain = (s: string) => parseDecimal(s)?.toFixed() ?? s;

function targetColumns(target: FileTarget | null) {
  return {
    target_kind: target?.kind ?? null,
    target_value: target?.kind === 'number' ? plain(target.value) : null,
    target_min: target?.kind === 'range' ? plain(target.min) : null,
    target_max: target?.kind === 'range' ? plain(target.max) : null,
    target_text: target?.kind === 'text' ? target.text : null,
  };
}

async function writeItem(tx: RequestContext, agreementId: string, c: ItemChange, order: number): Promise<void> {
  const columns = { sasaran: c.sasaran, ...targetColumns(c.row.target) };
  if (c.existing) {
    await tenantDb(tx).updateTable('agreement_items').set(columns).where('id', '=', c.existing.id).execute();
    return;
  }
  await tenantDb(tx)
    .insertInto('agreement_items', {
      ...{ id: newId(), agreement_id: agreementId, indicator_id: c.indicator.id, ...columns },
      ...{ indicator_name: c.indicator.name, unit_of_measure: c.indicator.unitOfMeasure, sort_order: order },
    })
    .execute();
}

async function writeBudget(tx: RequestContext, agreementId: string, c: BudgetChange, order: number): Promise<void> {
  const r = c.row;
  const columns = {
    ...{ program_code: r.programCode, program_name: r.programName, kegiatan_code: r.kegiatanCode },
    ...{ kegiatan_name: r.kegiatanName, sub_kegiatan_code: r.subKegiatanCode, sub_kegiatan_name: r.subKegiatanName },
    pagu: r.pagu,
  };
  if (c.existing) {
    await tenantDb(tx).updateTable('agreement_budgets').set(columns).where('id', '=', c.existing.id).execute();
    return;
  }
  await tenantDb(tx)
    .insertInto('agreement_budgets', { id: newId(), agreement_id: agreementId, ...columns, sort_order: order })
    .execute();
}

/**
 * Checks (dry run) or imports a PK file. SECURITY: the PK is looked up in the tenant first (404), then the preparer
 * (the OPD's planners or the coordinator, 403) and the draft state (409) are checked before the file is read; any
 * problem writes nothing (422).
 */
export async function importAgreement(
  ctx: RequestContext,
  agreementId: string,
  upload: () => Promise<Buffer>,
  dryRun: boolean,
): Promise<BudgetImportView> {
  const draft = await draftForChange(ctx, agreementId);
  const data = await upload();
  if (dryRun) {
    const check = await checkFile(ctx, data, draft);
    return xlsxImportView(ctx.locale, check.problems, { dryRun: true, applied: false, counts: check.counts });
  }
  return inTransaction(ctx, async (tx) => {
    const row = await draftForChange(tx, agreementId);
    const check = await checkFile(tx, data, row);
    if (check.problems.length > 0) throw xlsxImportRejected(check.problems);
    if (check.items.length + check.budgets.length > 0) await bumpAgreement(tx, row.id, row.version);
    let itemOrder = check.nextItemOrder;
    for (const c of check.items) await writeItem(tx, row.id, c, c.existing ? 0 : itemOrder++);
    let budgetOrder = check.nextBudgetOrder;
    for (const c of check.budgets) await writeBudget(tx, row.id, c, c.existing ? 0 : budgetOrder++);
    await recordAudit(tx, 'performance.agreement.imported', { objectType: 'agreement', objectId: row.id, data: check.counts });
    return xlsxImportView(tx.locale, [], { dryRun: false, applied: true, counts: check.counts });
  });
}

/** The PK as a file: its items (with the indicator's current code) and budget rows, in their order. */
export async function exportAgreement(ctx: RequestContext, agreementId: string): Promise<Buffer> {
  const row = await loadAgreement(ctx, agreementId);
  const { items, budgets } = await agreementParts(ctx, row.id);
  const ids = items.map((i) => i.indicator_id);
  const codes =
    ids.length === 0 ? [] : await tenantDb(ctx).selectFrom('indicators').select(['id', 'code']).where('id', 'in', ids).execute();
  const codeOf = new Map(codes.map((c) => [c.id, c.code]));
  const rows = items.map((i) => ({
    ...{ indicatorId: i.indicator_id, code: codeOf.get(i.indicator_id) ?? null, sasaran: i.sasaran },
    ...{ name: i.indicator_name, unitOfMeasure: i.unit_of_measure, target: targetOf(i) },
  }));
  return writeAgreementFile(rows, budgets.map(budgetOf));
}
