/** Rows of the records tables, always through tenantDb (tenant-pinned). */
import { type Selectable, sql } from 'kysely';
import type { CaseFileStatus, CaseFilesTable } from '../../db/schema/records.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors.ts';

/** A berkas row. */
export type CaseFileRow = Selectable<CaseFilesTable>;

/** The berkas with this id in the caller's tenant; 404 when absent (or another tenant's). */
export async function loadCaseFile(ctx: RequestContext, caseFileId: string): Promise<CaseFileRow> {
  const row = await tenantDb(ctx).selectFrom('case_files').selectAll().where('id', '=', caseFileId).executeTakeFirst();
  if (!row) throw new NotFoundError('caseFile');
  return row;
}

/** The next sequence of a unit's berkas in a year (the unique constraint refuses a racing duplicate with 409). */
export async function nextCaseFileSeq(ctx: RequestContext, unitId: string, year: number): Promise<number> {
  const row = await tenantDb(ctx)
    .selectFrom('case_files')
    .select((eb) => eb.fn.max('seq').as('last'))
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/** Compare-and-set of a berkas's status; 409 when someone changed it since `version`. Returns the new version. */
export async function setStatusIfVersion(
  ctx: RequestContext,
  caseFileId: string,
  version: number,
  change: { status: CaseFileStatus; closed_at: string | null },
): Promise<number> {
  const result = await tenantDb(ctx)
    .updateTable('case_files')
    .set({ ...change, version: sql<number>`version + 1` })
    .where('id', '=', caseFileId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new ConflictError('records.staleVersion');
  return version + 1;
}

/** The filing of a letter (which berkas holds it), or undefined when unfiled. */
export async function filingOfLetter(ctx: RequestContext, letterId: string) {
  return tenantDb(ctx).selectFrom('case_file_letters').selectAll().where('letter_id', '=', letterId).executeTakeFirst();
}

/** How many letters each berkas holds. */
export async function letterCounts(ctx: RequestContext, caseFileIds: readonly string[]): Promise<Map<string, number>> {
  if (caseFileIds.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('case_file_letters')
    .select((eb) => ['case_file_id', eb.fn.countAll<number>().as('n')])
    .where('case_file_id', 'in', [...caseFileIds])
    .groupBy('case_file_id')
    .execute();
  return new Map(rows.map((r) => [r.case_file_id, Number(r.n)]));
}

/** Unit names by id. */
export async function unitNames(ctx: RequestContext, unitIds: readonly string[]): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('units')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(unitIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
