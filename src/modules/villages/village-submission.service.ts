/**
 * Quarterly realisasi submitted from phones, idempotent by the client id: the first write answers 201, an identical
 * retry 200 with the same view (never a second row), the same client id with another body 409. A new client id for a
 * quarter that is a draft or returned replaces it; a submitted or verified quarter is 409.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { SubmitRealizationInput, VillageRealizationView } from './village-accountability.contract.ts';
import { enforceAccountability, maySubmitForDesa } from './village-accountability.policy.ts';
import { currentAccountabilityActor } from './village-actor.ts';
import { evidenceProblems, replaceEvidence } from './village-evidence.ts';
import {
  type IndicatorRecord,
  indicatorOfDesaYear,
  isUniqueViolation,
  type RealizationRow,
  realizationByClientId,
  realizationView,
  requireDesa,
} from './village-lookup.ts';
import { identityHasher } from './village-privacy.ts';

const M = 'villages.accountability';

/** What a PUT did: `created` (201) or an identical retry (200), and the view. */
export interface SubmissionOutcome {
  readonly created: boolean;
  readonly view: VillageRealizationView;
}

/** JSON with object keys sorted, so the same submission always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** A client id seen before: the same body answers the stored view (200); another body is a 409. */
async function replay(ctx: RequestContext, row: RealizationRow, clientId: string, input: SubmitRealizationInput) {
  const desa = await requireDesa(ctx, row.region_id);
  enforceAccountability(maySubmitForDesa(await currentAccountabilityActor(ctx), desa));
  const hash = (await identityHasher(ctx)).hashText(canonical({ clientId, ...input }));
  if (hash !== row.body_hash) throw new ConflictError(`${M}.clientIdReused`);
  return { created: false, view: await realizationView(ctx, row) };
}

/** The stored quarter of the desa-indicator, if any. */
async function quarterRow(tx: RequestContext, indicator: IndicatorRecord, input: SubmitRealizationInput) {
  const column = indicator.kind === 'mandatory' ? 'mandatory_result_id' : 'indicator_id';
  return tenantDb(tx)
    .selectFrom('village_realizations')
    .select(['id', 'status', 'version'])
    .where(column, '=', indicator.id)
    .where('region_id', '=', input.regionId)
    .where('year', '=', input.year)
    .where('quarter', '=', input.quarter)
    .executeTakeFirst();
}

/** Inserts the quarter or replaces its draft / returned row; returns the row id. */
async function writeRow(
  tx: RequestContext,
  indicator: IndicatorRecord,
  clientId: string,
  bodyHash: string,
  input: SubmitRealizationInput,
) {
  const now = tx.platform.now().toISOString();
  const values = {
    client_id: clientId,
    body_hash: bodyHash,
    value: input.value,
    note: input.note ?? null,
    status: input.submit ? ('submitted' as const) : ('draft' as const),
    return_note: null,
    submitted_at: input.submit ? now : null,
    submitted_by: input.submit ? tx.actor.userId : null,
    updated_at: now,
  };
  const existing = await quarterRow(tx, indicator, input);
  if (!existing) {
    const id = newId();
    const ref =
      indicator.kind === 'mandatory'
        ? { mandatory_result_id: indicator.id, indicator_id: null }
        : { mandatory_result_id: null, indicator_id: indicator.id };
    const row = { id, region_id: input.regionId, year: input.year, quarter: input.quarter, ...ref, ...values };
    await tenantDb(tx)
      .insertInto('village_realizations', {
        ...row,
        review_note: null,
        reviewed_at: null,
        reviewed_by: null,
        version: 1,
        created_at: now,
        created_by: tx.actor.userId,
      })
      .execute();
    return id;
  }
  if (existing.status === 'submitted' || existing.status === 'verified') throw new ConflictError(`${M}.alreadySubmitted`);
  const updated = await tenantDb(tx)
    .updateTable('village_realizations')
    .set({ ...values, version: Number(existing.version) + 1 })
    .where('id', '=', existing.id)
    .where('version', '=', Number(existing.version))
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(`${M}.staleVersion`);
  return existing.id;
}

/** A first submission under this client id: desa (404), reporter (403), indicator and evidence (422), then one transaction. */
async function firstWrite(ctx: RequestContext, clientId: string, input: SubmitRealizationInput): Promise<SubmissionOutcome> {
  const desa = await requireDesa(ctx, input.regionId);
  enforceAccountability(maySubmitForDesa(await currentAccountabilityActor(ctx), desa));
  const indicator = await indicatorOfDesaYear(ctx, input.indicatorId, desa.id, input.year);
  if (!indicator) throw new ValidationError([{ field: 'indicatorId', message: `${M}.unknownIndicator` }]);
  const problems = evidenceProblems(indicator, input);
  if (problems.length > 0) throw new ValidationError(problems);
  return inTransaction(ctx, async (tx) => {
    const hasher = await identityHasher(tx);
    const id = await writeRow(tx, indicator, clientId, hasher.hashText(canonical({ clientId, ...input })), input);
    const scope = { regionId: desa.id, mandatoryResultId: indicator.kind === 'mandatory' ? indicator.id : null };
    const evidenceRows = await replaceEvidence(tx, id, input.evidence, hasher, scope);
    const row = (await realizationByClientId(tx, clientId))!;
    await recordAudit(tx, input.submit ? 'villages.realization_submitted' : 'villages.realization_saved', {
      objectType: 'village_realization',
      objectId: id,
      data: { regionId: desa.id, year: input.year, quarter: input.quarter, indicatorId: indicator.id, evidenceRows },
    });
    return { created: true, view: await realizationView(tx, row) };
  });
}

/** `PUT /api/villages/realizations/:clientId`: see the file comment. Client ids compare case-insensitively. */
export async function putRealization(
  ctx: RequestContext,
  rawClientId: string,
  input: SubmitRealizationInput,
): Promise<SubmissionOutcome> {
  const clientId = rawClientId.toLowerCase();
  const attempt = async () => {
    const existing = await realizationByClientId(ctx, clientId);
    return existing ? replay(ctx, existing, clientId, input) : firstWrite(ctx, clientId, input);
  };
  try {
    return await attempt();
  } catch (err) {
    // Two copies of the same submission raced: the loser finds the winner's row and answers as a retry.
    if (isUniqueViolation(err)) return attempt();
    throw err;
  }
}
