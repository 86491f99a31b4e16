/**
 * Realisasi of an indicator per period: entering and changing a draft or returned row, submitting it, and the
 * coordinator's verification or return with a note. Every write checks scope, review state and the period lock;
 * a refusal writes nothing.
 */
import { inTransaction } from '../../db/executor.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { parseDecimal, plainText } from './capaian/decimal.ts';
import { recomputeIndicatorYear } from './capaian-store.service.ts';
import { loadMeasurementSettings } from './measurement-settings.ts';
import { currentPlanner } from './planner.ts';
import {
  assertReportingPeriod,
  changeRealization,
  findRealization,
  type IndicatorFacts,
  indicatorFacts,
  insertDraft,
  loadRealizationView,
  lockStateOf,
  type RealizationRow,
  tenantToday,
} from './realization-context.ts';
import type { RealizationParams, RealizationView, SaveRealizationInput } from './realizations.contract.ts';
import { enforceRealization, mayEditRealization, mayEnterForOpd, mayReviewRealization } from './realizations.policy.ts';

const NUMBER_FIELDS = ['value', 'numerator', 'denominator', 'manualCapaian'] as const;

/** Field problems the indicator's manual adds to a well-formed input: negatives where the unit forbids them. */
export function realizationValueProblems(input: SaveRealizationInput, allowNegative: boolean): FieldProblem[] {
  if (allowNegative) return [];
  return NUMBER_FIELDS.filter((f) => parseDecimal(input[f] ?? null)?.isNegative()).map((f) => ({
    field: `body.${f}`,
    message: 'performance.realizations.negativeNotAllowed',
  }));
}

const canonical = (text: string | null | undefined): string | null => {
  const parsed = parseDecimal(text ?? null);
  return parsed ? plainText(parsed) : null;
};

function valueColumns(input: SaveRealizationInput) {
  return {
    value: canonical(input.value),
    numerator: canonical(input.numerator),
    denominator: canonical(input.denominator),
    manual_capaian: canonical(input.manualCapaian),
    obstacles: input.obstacles || null,
    remedies: input.remedies || null,
  };
}

/** The indicator's facts, with the reporting period checked and the actor's scope enforced (404 → 422 → 403). */
async function factsForEntry(ctx: RequestContext, params: RealizationParams) {
  const facts = await indicatorFacts(ctx, params.indicatorId);
  assertReportingPeriod(facts, params.year, params.period);
  const planner = await currentPlanner(ctx);
  enforceRealization(mayEnterForOpd(planner, facts.opdId));
  return { facts, planner };
}

/** The period's lock state today, inside the caller's transaction. */
async function periodNow(tx: RequestContext, facts: IndicatorFacts, params: RealizationParams) {
  const { lockAfterDays } = await loadMeasurementSettings(tx);
  const today = await tenantToday(tx);
  return lockStateOf(tx, { opdId: facts.opdId, year: params.year, period: params.period, today, lockAfterDays });
}

/** Enters (creates) or changes a draft or returned realisasi; `version` is required once the row exists. */
export async function saveRealization(
  ctx: RequestContext,
  params: RealizationParams,
  input: SaveRealizationInput,
): Promise<RealizationView> {
  const { facts, planner } = await factsForEntry(ctx, params);
  const problems = realizationValueProblems(input, facts.indicator.allow_negative === 1);
  if (problems.length > 0) throw new ValidationError(problems);
  return inTransaction(ctx, async (tx) => {
    const row = await findRealization(tx, params.indicatorId, params.year, params.period);
    const period = await periodNow(tx, facts, params);
    enforceRealization(mayEditRealization(planner, { opdId: facts.opdId, status: row?.status ?? null, period }));
    let id: string;
    if (!row) {
      if (input.version !== undefined) throw new ConflictError('performance.realizations.staleVersion');
      id = await insertDraft(tx, params, valueColumns(input));
    } else {
      if (input.version === undefined) throw new ConflictError('performance.realizations.versionRequired');
      await changeRealization(tx, row.id, input.version, {
        ...valueColumns(input),
        source: 'manual',
        entered_by: tx.actor.userId,
        updated_at: tx.platform.now().toISOString(),
      });
      id = row.id;
    }
    await recordAudit(tx, 'performance.realization.saved', {
      objectType: 'indicator',
      objectId: params.indicatorId,
      data: { year: params.year, period: params.period, realizationId: id },
    });
    return loadRealizationView(tx, id);
  });
}

const hasSomething = (row: RealizationRow) =>
  row.value !== null || (row.numerator !== null && row.denominator !== null) || row.manual_capaian !== null;

async function requireRow(tx: RequestContext, params: RealizationParams): Promise<RealizationRow> {
  const row = await findRealization(tx, params.indicatorId, params.year, params.period);
  if (!row) throw new NotFoundError('realization');
  return row;
}

/** Sends a draft or returned realisasi for verification (it must carry a value); the period must be open. */
export async function submitRealization(ctx: RequestContext, params: RealizationParams, version: number) {
  const { facts, planner } = await factsForEntry(ctx, params);
  return inTransaction(ctx, async (tx) => {
    const row = await requireRow(tx, params);
    const period = await periodNow(tx, facts, params);
    enforceRealization(mayEditRealization(planner, { opdId: facts.opdId, status: row.status, period }));
    if (!hasSomething(row))
      throw new ValidationError([{ field: 'body.value', message: 'performance.realizations.nothingToSubmit' }]);
    const now = tx.platform.now().toISOString();
    await changeRealization(tx, row.id, version, {
      status: 'submitted',
      submitted_by: tx.actor.userId,
      submitted_at: now,
      updated_at: now,
    });
    await recordAudit(tx, 'performance.realization.submitted', {
      objectType: 'indicator',
      objectId: params.indicatorId,
      data: { year: params.year, period: params.period, realizationId: row.id },
    });
    return loadRealizationView(tx, row.id);
  });
}

/** The coordinator's review: a submitted row becomes verified (read-only, capaian recomputed) or returned with a note. */
async function review(
  ctx: RequestContext,
  params: RealizationParams,
  version: number,
  outcome: { status: 'verified' | 'returned'; note: string | null },
): Promise<RealizationView> {
  const facts = await indicatorFacts(ctx, params.indicatorId);
  assertReportingPeriod(facts, params.year, params.period);
  const planner = await currentPlanner(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await requireRow(tx, params);
    enforceRealization(mayReviewRealization(planner, { opdId: facts.opdId, status: row.status }));
    const now = tx.platform.now().toISOString();
    await changeRealization(tx, row.id, version, {
      status: outcome.status,
      review_note: outcome.note,
      reviewed_by: tx.actor.userId,
      reviewed_at: now,
      updated_at: now,
    });
    if (outcome.status === 'verified') await recomputeIndicatorYear(tx, params.indicatorId, params.year);
    await recordAudit(tx, `performance.realization.${outcome.status}`, {
      objectType: 'indicator',
      objectId: params.indicatorId,
      data: { year: params.year, period: params.period, realizationId: row.id, note: outcome.note },
    });
    return loadRealizationView(tx, row.id);
  });
}

/** Verifies a submitted realisasi (coordinator, not of the actor's own OPD); it becomes read-only. */
export function verifyRealization(ctx: RequestContext, params: RealizationParams, version: number) {
  return review(ctx, params, version, { status: 'verified', note: null });
}

/** Returns a submitted realisasi to its OPD with a note saying what to fix. */
export function returnRealization(ctx: RequestContext, params: RealizationParams, version: number, note: string) {
  return review(ctx, params, version, { status: 'returned', note });
}
