/** Rows and views of evaluations, always through tenantDb; scores are computed live by the scoring engine. */
import { type Selectable, sql } from 'kysely';
import type { EvaluationAnswersTable, EvaluationsTable } from '../../db/schema/evaluation.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors.ts';
import type {
  EvaluationListQuery,
  EvaluationListView,
  EvaluationView,
  EvidenceLink,
  PredikatBandView,
} from './evaluation.contract.ts';
import {
  type EvaluationActor,
  enforce,
  mayAssess,
  mayFinalise,
  mayPrefill,
  mayRead,
  mayReopen,
  maySelfAssess,
  maySubmit,
} from './evaluation.policy.ts';
import { evaluationActor } from './evaluation-actor.ts';
import {
  type Answers,
  checkKerangkaLogis,
  comparedIds,
  type EvaluationScore,
  finaliseBlockers,
  type KerangkaLogisViolation,
  optionsOf,
  type PredikatTable,
  predikatFor,
  scoreEvaluation,
} from './scoring/index.ts';
import { type ResolvedTemplate, templateOfEvaluation } from './templates.service.ts';

/** Row types. */
export type EvaluationRow = Selectable<EvaluationsTable>;
export type AnswerRow = Selectable<EvaluationAnswersTable>;
/** Which answers: the OPD's (usulan) or the evaluator's (penetapan). */
export type Basis = 'self' | 'final';

/** The evaluation with this id in the caller's tenant; 404 otherwise. */
export async function loadEvaluation(ctx: RequestContext, evaluationId: string): Promise<EvaluationRow> {
  const row = await tenantDb(ctx).selectFrom('evaluations').selectAll().where('id', '=', evaluationId).executeTakeFirst();
  if (!row) throw new NotFoundError('evaluation');
  return row;
}

/** The stored answer rows of an evaluation. */
export function answerRowsOf(ctx: RequestContext, evaluationId: string): Promise<AnswerRow[]> {
  return tenantDb(ctx).selectFrom('evaluation_answers').selectAll().where('evaluation_id', '=', evaluationId).execute();
}

/** Criterion id → option code of one basis. */
export function answersOf(rows: readonly AnswerRow[], basis: Basis): Answers {
  const out: Record<string, string> = {};
  for (const r of rows) {
    const code = basis === 'self' ? r.self_answer : r.final_answer;
    if (code !== null) out[r.criterion_id] = code;
  }
  return out;
}

/** Compare-and-set bump of the evaluation; 409 when someone changed it since `version`. */
export async function bumpEvaluation(
  ctx: RequestContext,
  id: string,
  version: number,
  change: Partial<Omit<EvaluationRow, 'id' | 'tenant_id' | 'version'>> = {},
): Promise<void> {
  const result = await tenantDb(ctx)
    .updateTable('evaluations')
    .set({ ...change, updated_at: ctx.platform.now().toISOString(), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new ConflictError('evaluation.staleVersion');
}

/** A kerangka logis violation as the web sees it. */
export function violationView(v: KerangkaLogisViolation) {
  return { criterionId: v.criterionId, comparedTo: [...comparedIds(v.rule)], value: v.value, limit: v.limit, message: v.message };
}

function bandView(table: PredikatTable, code: string): PredikatBandView {
  const band = table.find((b) => b.code === code);
  return band ? { ...band } : { code, label: code, lo: '0', hi: '0', interpretation: '' };
}

/** Component scores as plain (mutable) view data. */
export function componentsView(components: EvaluationScore['components']) {
  return components.map((c) => ({ ...c, subComponents: [...c.subComponents] }));
}

function basisView(t: ResolvedTemplate, answers: Answers) {
  const score = scoreEvaluation(t.template, answers);
  const predikat = predikatFor(score.exactTotal, t.predikat);
  return {
    score: { ...score, components: componentsView(score.components), unanswered: [...score.unanswered] },
    predikat: { ...predikat },
    violations: checkKerangkaLogis(t.template, answers).map(violationView),
  };
}

function parseEvidence(text: string): EvidenceLink[] {
  return JSON.parse(text) as EvidenceLink[];
}

function worksheetOf(t: ResolvedTemplate, rows: readonly AnswerRow[]): EvaluationView['worksheet'] {
  const byId = new Map(rows.map((r) => [r.criterion_id, r]));
  return t.template.components.map((c) => ({
    ...{ id: c.id, name: c.name, weight: c.weight },
    subComponents: c.subComponents.map((s) => ({
      ...{ id: s.id, name: s.name, weight: s.weight },
      criteria: s.criteria.map((k) => {
        const r = byId.get(k.id);
        return {
          ...{ id: k.id, text: k.text, options: optionsOf(k.answerType).map((o) => ({ ...o })) },
          ...{ selfAnswer: r?.self_answer ?? null, selfNote: r?.self_note ?? null, prefilledFrom: r?.prefilled_from ?? null },
          ...{ finalAnswer: r?.final_answer ?? null, evaluatorNote: r?.evaluator_note ?? null },
          evidence: r ? parseEvidence(r.evidence) : [],
        };
      }),
    })),
  }));
}

function finalResultOf(row: EvaluationRow, t: ResolvedTemplate): EvaluationView['finalResult'] {
  if (row.final_total === null || row.final_total_exact === null || row.final_predikat === null) return null;
  return {
    ...{ exactTotal: row.final_total_exact, total: row.final_total },
    predikat: bandView(t.predikat, row.final_predikat),
    components: JSON.parse(row.final_components ?? '[]'),
    finalisedAt: row.finalised_at ?? row.updated_at,
  };
}

function mayOf(a: EvaluationActor, row: EvaluationRow): EvaluationView['may'] {
  const s = row.status;
  return {
    selfAssess: maySelfAssess(a, row.unit_id, s).allowed,
    prefill: mayPrefill(a, row.unit_id, s).allowed,
    submit: maySubmit(a, row.unit_id, s).allowed,
    assess: mayAssess(a, s).allowed,
    finalise: mayFinalise(a, s).allowed,
    reopen: mayReopen(a, s).allowed,
  };
}

/** Names of org units by id (within the tenant). */
export async function unitNames(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('units')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The full view of a loaded evaluation for an actor. */
export async function evaluationView(ctx: RequestContext, row: EvaluationRow, actor: EvaluationActor): Promise<EvaluationView> {
  const t = await templateOfEvaluation(ctx, row);
  const rows = await answerRowsOf(ctx, row.id);
  const blockers = finaliseBlockers(t.template, answersOf(rows, 'final'));
  return {
    ...{ id: row.id, unitId: row.unit_id, year: row.year, status: row.status, version: row.version },
    unitName: (await unitNames(ctx, [row.unit_id])).get(row.unit_id) ?? '',
    template: { id: t.id, code: row.template_code, version: row.template_version, name: t.template.name, builtIn: t.builtIn },
    worksheet: worksheetOf(t, rows),
    self: basisView(t, answersOf(rows, 'self')),
    final: basisView(t, answersOf(rows, 'final')),
    blockers: { unanswered: [...blockers.unanswered], violations: blockers.violations.map(violationView) },
    finalResult: finalResultOf(row, t),
    ...{ submittedAt: row.submitted_at, createdAt: row.created_at, updatedAt: row.updated_at },
    may: mayOf(actor, row),
  };
}

/** One evaluation, if the actor may read it (404 for another tenant's id, 403 for an unfinished one not theirs). */
export async function getEvaluation(ctx: RequestContext, evaluationId: string): Promise<EvaluationView> {
  const row = await loadEvaluation(ctx, evaluationId);
  const actor = await evaluationActor(ctx);
  enforce(mayRead(actor, row.unit_id, row.status));
  return evaluationView(ctx, row, actor);
}

/** Evaluations of a year and/or an OPD that the actor may read; totals only from the final snapshot. */
export async function listEvaluations(ctx: RequestContext, query: EvaluationListQuery): Promise<EvaluationListView> {
  let select = tenantDb(ctx).selectFrom('evaluations').selectAll();
  if (query.year !== undefined) select = select.where('year', '=', query.year);
  if (query.unitId !== undefined) select = select.where('unit_id', '=', query.unitId);
  const actor = await evaluationActor(ctx);
  const rows = (await select.execute()).filter((r) => mayRead(actor, r.unit_id, r.status).allowed);
  const names = await unitNames(
    ctx,
    rows.map((r) => r.unit_id),
  );
  const items = [];
  for (const r of rows) {
    const band = r.final_predikat ? bandView((await templateOfEvaluation(ctx, r)).predikat, r.final_predikat) : null;
    items.push({
      ...{ id: r.id, unitId: r.unit_id, unitName: names.get(r.unit_id) ?? '', year: r.year, status: r.status },
      ...{ templateCode: r.template_code, templateVersion: r.template_version },
      ...{ total: r.final_total, exactTotal: r.final_total_exact, predikat: band?.code ?? null },
      ...{ predikatLabel: band?.label ?? null, finalisedAt: r.finalised_at },
    });
  }
  items.sort((a, b) => b.year - a.year || a.unitName.localeCompare(b.unitName, 'id'));
  return { items };
}
