/** IDM XLSX of a year: export every desa with scores, and the import (dry run, or all rows in one transaction). */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { translate } from '../../platform/i18n/i18n.ts';
import { ValidationError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { IdmImportView } from './idm.contract.ts';
import { desaScope, enforceIdm, mayManageIdm, mayReadIdm } from './idm.policy.ts';
import { idmStatusSettings, storedScores, writeDesaYear } from './idm-store.ts';
import { currentIdmViewer } from './idm-viewer.ts';
import { type IdmExportRow, type IdmSheetProblem, parseIdmFile, writeIdmFile } from './idm-xlsx.ts';

const KEY_PREFIX = 'villages.idm.file.';

async function desaByCode(ctx: RequestContext): Promise<Map<string, string>> {
  const rows = await tenantDb(ctx).selectFrom('regions').select(['id', 'code']).where('level', '=', 'desa').execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

function view(
  ctx: RequestContext,
  problems: readonly IdmSheetProblem[],
  outcome: Omit<IdmImportView, 'ok' | 'problems'>,
): IdmImportView {
  return {
    ok: problems.length === 0,
    ...outcome,
    problems: problems.map((p) => ({
      sheet: p.sheet,
      row: p.row,
      column: p.column,
      message: translate(ctx.locale, `${KEY_PREFIX}${p.key}`, p.params ?? {}),
    })),
  };
}

function rejected(problems: readonly IdmSheetProblem[]): ValidationError {
  const fields = problems.slice(0, 50).map((p) => ({
    field: p.row === null ? p.sheet : `${p.sheet}[${p.row}].${p.column ?? ''}`,
    message: `${KEY_PREFIX}${p.key}`,
    params: p.params,
  }));
  return new ValidationError(fields, 'villages.idm.importRejected');
}

/** Counts what an import would do without writing (unchanged = same scores already stored). */
async function dryCounts(ctx: RequestContext, year: number, rows: Awaited<ReturnType<typeof parseIdmFile>>['rows']) {
  const counts = { added: 0, updated: 0, unchanged: 0 };
  for (const row of rows) {
    const stored = await storedScores(ctx, row.regionId, year);
    if (Object.keys(stored).length === 0) counts.added += 1;
    else if (Object.entries(row.scores).every(([k, v]) => stored[k] === v)) counts.unchanged += 1;
    else counts.updated += 1;
  }
  return counts;
}

/** Checks (dry run) or imports a year's IDM file; with any problem nothing is written (422 listing them). */
export async function importIdm(ctx: RequestContext, data: Buffer, year: number, dryRun: boolean): Promise<IdmImportView> {
  enforceIdm(mayManageIdm(await currentIdmViewer(ctx)));
  const parsed = await parseIdmFile(data, await desaByCode(ctx));
  if (dryRun) {
    const counts = await dryCounts(ctx, year, parsed.rows);
    return view(ctx, parsed.problems, { dryRun: true, applied: false, counts: { rows: parsed.total, ...counts } });
  }
  if (parsed.problems.length > 0) throw rejected(parsed.problems);
  return inTransaction(ctx, async (tx) => {
    const counts = { added: 0, updated: 0, unchanged: 0 };
    for (const row of parsed.rows) counts[(await writeDesaYear(tx, row.regionId, year, row.scores, 'any')).change] += 1;
    await recordAudit(tx, 'villages.idm_imported', { objectType: 'idm_year', objectId: String(year), data: { year, ...counts } });
    return view(tx, [], { dryRun: false, applied: true, counts: { rows: parsed.total, ...counts } });
  });
}

/** Every stored score of a year, by desa (one query). */
async function yearScores(ctx: RequestContext, year: number): Promise<Map<string, Record<string, number>>> {
  const rows = await tenantDb(ctx)
    .selectFrom('village_idm_scores')
    .select(['region_id', 'indicator_code', 'score'])
    .where('year', '=', year)
    .execute();
  const byDesa = new Map<string, Record<string, number>>();
  for (const r of rows) byDesa.set(r.region_id, { ...byDesa.get(r.region_id), [r.indicator_code]: Number(r.score) });
  return byDesa;
}

/** The year's desa with scores (in the viewer's scope) as a workbook the import reads back to the same scores. */
export async function exportIdm(ctx: RequestContext, year: number): Promise<Buffer> {
  const viewer = await currentIdmViewer(ctx);
  enforceIdm(mayReadIdm(viewer));
  const scope = desaScope(viewer);
  const labels = new Map(idmStatusSettings().map((s) => [s.code, s.label]));
  const R = 'village_idm_results';
  const results = await tenantDb(ctx)
    .selectFrom(R)
    .innerJoin('regions', (j) => j.onRef('regions.tenant_id', '=', `${R}.tenant_id`).onRef('regions.id', '=', `${R}.region_id`))
    .leftJoin('regions as kec', (j) =>
      j.onRef('kec.tenant_id', '=', 'regions.tenant_id').onRef('kec.id', '=', 'regions.parent_id'),
    )
    .select([`${R}.region_id`, `${R}.iks`, `${R}.ike`, `${R}.ikl`, `${R}.idm`, `${R}.status_code`])
    .select(['regions.code', 'regions.name', 'kec.name as kecamatan'])
    .where(`${R}.year`, '=', year)
    .orderBy('regions.code')
    .execute();
  const scores = await yearScores(ctx, year);
  const rows: IdmExportRow[] = results
    .filter((r) => scope.all || scope.desaIds.includes(r.region_id))
    .map((r) => ({
      desaCode: r.code,
      kecamatan: r.kecamatan,
      desa: r.name,
      scores: scores.get(r.region_id) ?? {},
      computed: [r.iks, r.ike, r.ikl, r.idm, labels.get(r.status_code) ?? r.status_code],
    }));
  return writeIdmFile(rows);
}
