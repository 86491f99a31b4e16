/**
 * Applies the village worksheet pre-answers (village-prefill.ts) inside the caller's transaction: an answer a person
 * gave is never touched; a pre-answer records its source so the UI says "dari data Pamong"; a pre-answer whose data is
 * gone is withdrawn. Same rules as the LKE's prefill (evaluation/prefill.service.ts).
 */
import type { Selectable } from 'kysely';
import type { VillageEvaluationAnswersTable, VillageEvaluationsTable } from '../../db/schema/villages-evaluation.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { prefillApplies, type VillagePreAnswer, villagePreAnswers } from './village-prefill.ts';
import { villageWorksheetFacts } from './village-worksheet-facts.ts';

type AnswerRow = Pick<Selectable<VillageEvaluationAnswersTable>, 'criterion_id' | 'answer' | 'prefilled_from'>;
type EvaluationRow = Pick<
  Selectable<VillageEvaluationsTable>,
  'id' | 'region_id' | 'year' | 'template_code' | 'template_version'
>;

/** What a prefill changed: criteria answered from data, and earlier pre-answers withdrawn because the data is gone. */
export interface VillagePrefillOutcome {
  readonly answered: readonly string[];
  readonly withdrawn: readonly string[];
}

/** A person's answer: set, and not written by a prefill. */
export const answeredByPerson = (r: AnswerRow | undefined): boolean =>
  r !== undefined && r.answer !== null && r.prefilled_from === null;

async function writePreAnswer(tx: RequestContext, evaluationId: string, p: VillagePreAnswer, exists: boolean) {
  const db = tenantDb(tx);
  const values = { answer: p.answer, prefilled_from: p.answer === null ? null : p.source };
  const at = { updated_by: null, updated_at: tx.platform.now().toISOString() };
  if (exists)
    await db
      .updateTable('village_evaluation_answers')
      .set({ ...values, ...at })
      .where('evaluation_id', '=', evaluationId)
      .where('criterion_id', '=', p.criterionId)
      .execute();
  else
    await db
      .insertInto('village_evaluation_answers', {
        evaluation_id: evaluationId,
        criterion_id: p.criterionId,
        note: null,
        ...values,
        ...at,
      })
      .execute();
}

/** Applies the pre-answers of the evaluation's desa-year (`tx` is the use case's transaction). */
export async function applyVillagePrefill(tx: RequestContext, ev: EvaluationRow): Promise<VillagePrefillOutcome> {
  if (!prefillApplies(ev.template_code, ev.template_version)) return { answered: [], withdrawn: [] };
  const preAnswers = villagePreAnswers(await villageWorksheetFacts(tx, ev.region_id, ev.year));
  const rows = await tenantDb(tx)
    .selectFrom('village_evaluation_answers')
    .select(['criterion_id', 'answer', 'prefilled_from'])
    .where('evaluation_id', '=', ev.id)
    .execute();
  const existing = new Map(rows.map((r) => [r.criterion_id, r]));
  const answered: string[] = [];
  const withdrawn: string[] = [];
  for (const p of preAnswers) {
    const row = existing.get(p.criterionId);
    if (answeredByPerson(row)) continue;
    if (p.answer === null && !row?.prefilled_from) continue;
    await writePreAnswer(tx, ev.id, p, row !== undefined);
    (p.answer === null ? withdrawn : answered).push(p.criterionId);
  }
  return { answered, withdrawn };
}
