/**
 * The mandated results of a year, kept by DPMD: list, create, change (targets re-derived), delete (only while no desa
 * reported on it), and the three Sumedang defaults (also used by the demo seed).
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { MandatoryResultInput, MandatoryResultView, UpdateMandatoryResultInput } from './village-accountability.contract.ts';
import { enforceAccountability, mayManageAccountability } from './village-accountability.policy.ts';
import { currentAccountabilityActor } from './village-actor.ts';
import { recomputeTargetsIn } from './village-targets.service.ts';
import { DEFAULT_MANDATORY_RESULTS, ruleColumns, ruleOfRow, ruleText } from './village-targets.ts';

const M = 'villages.accountability';

type Row = Awaited<ReturnType<typeof rowsOfYear>>[number];
const rowsOfYear = (ctx: RequestContext, year: number) =>
  tenantDb(ctx).selectFrom('village_mandatory_results').selectAll().where('year', '=', year).orderBy('code').execute();

function viewOf(r: Row): MandatoryResultView {
  const rule = ruleOfRow(r);
  return {
    id: r.id,
    year: Number(r.year),
    code: r.code,
    name: r.name,
    unit: r.unit,
    polarity: r.polarity,
    aggregation: r.aggregation,
    evidenceKind: r.evidence_kind,
    rule,
    ruleText: ruleText(rule, r.unit),
    version: Number(r.version),
  };
}

const columnsOf = (input: Omit<MandatoryResultInput, 'year'>) => ({
  code: input.code,
  name: input.name,
  unit: input.unit,
  polarity: input.polarity,
  aggregation: input.aggregation,
  evidence_kind: input.evidenceKind,
  ...ruleColumns(input.rule),
});

/** The mandated results of a year (every reader of accountability may list them). */
export async function listMandatoryResults(
  ctx: RequestContext,
  year: number,
): Promise<{ year: number; items: MandatoryResultView[] }> {
  return { year, items: (await rowsOfYear(ctx, year)).map(viewOf) };
}

/** Inserts one result in `tx` unless its code exists for the year; true when added. */
async function insertResult(tx: RequestContext, input: MandatoryResultInput): Promise<string | null> {
  const db = tenantDb(tx);
  const taken = await db
    .selectFrom('village_mandatory_results')
    .select('id')
    .where('year', '=', input.year)
    .where('code', '=', input.code)
    .executeTakeFirst();
  if (taken) return null;
  const now = tx.platform.now().toISOString();
  const id = newId();
  await db
    .insertInto('village_mandatory_results', {
      id,
      year: input.year,
      ...columnsOf(input),
      version: 1,
      created_at: now,
      updated_at: now,
      updated_by: tx.actor.userId,
    })
    .execute();
  return id;
}

/** `POST /api/villages/mandatory-results` (409 when the code exists for the year). */
export async function createMandatoryResult(ctx: RequestContext, input: MandatoryResultInput): Promise<MandatoryResultView> {
  enforceAccountability(mayManageAccountability(await currentAccountabilityActor(ctx)));
  return inTransaction(ctx, async (tx) => {
    const id = await insertResult(tx, input);
    if (!id) throw new ConflictError(`${M}.codeTaken`, { code: input.code });
    await recomputeTargetsIn(tx, input.year);
    await recordAudit(tx, 'villages.mandatory_result_created', {
      objectType: 'village_mandatory_result',
      objectId: id,
      data: { year: input.year, code: input.code },
    });
    return viewOf((await rowsOfYear(tx, input.year)).find((r) => r.id === id)!);
  });
}

async function requireResult(ctx: RequestContext, id: string): Promise<Row> {
  const row = await tenantDb(ctx).selectFrom('village_mandatory_results').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('mandatoryResult');
  return row;
}

/** `PUT /api/villages/mandatory-results/:id` at the version seen; targets of the year are re-derived. */
export async function updateMandatoryResult(
  ctx: RequestContext,
  id: string,
  input: UpdateMandatoryResultInput,
): Promise<MandatoryResultView> {
  const current = await requireResult(ctx, id);
  enforceAccountability(mayManageAccountability(await currentAccountabilityActor(ctx)));
  return inTransaction(ctx, async (tx) => {
    const db = tenantDb(tx);
    const clash = await db
      .selectFrom('village_mandatory_results')
      .select('id')
      .where('year', '=', current.year)
      .where('code', '=', input.code)
      .where('id', '<>', id)
      .executeTakeFirst();
    if (clash) throw new ConflictError(`${M}.codeTaken`, { code: input.code });
    const { version, ...rest } = input;
    const updated = await db
      .updateTable('village_mandatory_results')
      .set({ ...columnsOf(rest), version: version + 1, updated_at: tx.platform.now().toISOString(), updated_by: tx.actor.userId })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(`${M}.staleVersion`);
    await recomputeTargetsIn(tx, Number(current.year));
    await recordAudit(tx, 'villages.mandatory_result_updated', {
      objectType: 'village_mandatory_result',
      objectId: id,
      data: { version: version + 1 },
    });
    return viewOf(await requireResult(tx, id));
  });
}

/** `DELETE /api/villages/mandatory-results/:id?version=`: refused (409) once any desa reported on it. */
export async function deleteMandatoryResult(ctx: RequestContext, id: string, version?: number): Promise<void> {
  const current = await requireResult(ctx, id);
  enforceAccountability(mayManageAccountability(await currentAccountabilityActor(ctx)));
  await inTransaction(ctx, async (tx) => {
    const db = tenantDb(tx);
    const used = await db
      .selectFrom('village_realizations')
      .select('id')
      .where('mandatory_result_id', '=', id)
      .executeTakeFirst();
    if (used) throw new ConflictError(`${M}.resultInUse`);
    if (version !== undefined && Number(current.version) !== version) throw new ConflictError(`${M}.staleVersion`);
    await db.deleteFrom('village_mandatory_results').where('id', '=', id).execute();
    await recordAudit(tx, 'villages.mandatory_result_deleted', {
      objectType: 'village_mandatory_result',
      objectId: id,
      data: { code: current.code },
    });
  });
}

/** Adds the three default results for a year inside `tx` (codes already present are kept); returns how many were added. */
export async function seedDefaultMandatoryResults(tx: RequestContext, year: number): Promise<number> {
  let added = 0;
  for (const d of DEFAULT_MANDATORY_RESULTS) if (await insertResult(tx, { ...d, year })) added += 1;
  await recomputeTargetsIn(tx, year);
  return added;
}

/** `POST /api/villages/mandatory-results/defaults`: DPMD adds the Sumedang defaults for a year. */
export async function addDefaultMandatoryResults(
  ctx: RequestContext,
  year: number,
): Promise<{ year: number; items: MandatoryResultView[] }> {
  enforceAccountability(mayManageAccountability(await currentAccountabilityActor(ctx)));
  await inTransaction(ctx, async (tx) => {
    const added = await seedDefaultMandatoryResults(tx, year);
    await recordAudit(tx, 'villages.mandatory_results_defaults', {
      objectType: 'village_mandatory_result',
      objectId: String(year),
      data: { added },
    });
  });
  return listMandatoryResults(ctx, year);
}
