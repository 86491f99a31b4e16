/** Pre-answers from Pamong's data (prefill-map.ts): written as self answers with evidence, never over a person's answer. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { sakipFactsOfUnitYear } from '../performance/index.ts';
import type { EvaluationView } from './evaluation.contract.ts';
import { enforce, mayPrefill } from './evaluation.policy.ts';
import { evaluationActor } from './evaluation-actor.ts';
import {
  type AnswerRow,
  answerRowsOf,
  bumpEvaluation,
  type EvaluationRow,
  evaluationView,
  loadEvaluation,
} from './evaluations.queries.ts';
import { prefillRulesFor } from './prefill-map.ts';

/** What a prefill changed: criteria answered from data, and earlier pre-answers withdrawn because the data is gone. */
export interface PrefillOutcome {
  readonly answered: readonly string[];
  readonly withdrawn: readonly string[];
}

/** A person's answer: set, and not written by a prefill. */
const answeredByPerson = (r: AnswerRow | undefined) => r !== undefined && r.self_answer !== null && r.prefilled_from === null;

/** Applies the prefill rules inside the caller's transaction (`tx`); a human answer is never touched. */
export async function applyPrefill(tx: RequestContext, ev: EvaluationRow): Promise<PrefillOutcome> {
  const rules = prefillRulesFor(ev.template_code, ev.template_version);
  if (rules.length === 0) return { answered: [], withdrawn: [] };
  const facts = await sakipFactsOfUnitYear(tx, ev.unit_id, ev.year);
  const existing = new Map((await answerRowsOf(tx, ev.id)).map((r) => [r.criterion_id, r]));
  const db = tenantDb(tx);
  const now = tx.platform.now().toISOString();
  const answered: string[] = [];
  const withdrawn: string[] = [];
  for (const rule of rules) {
    const row = existing.get(rule.criterionId);
    const fact = facts[rule.fact];
    if (answeredByPerson(row)) continue;
    if (!fact.found) {
      if (row?.prefilled_from !== rule.fact) continue;
      await db
        .updateTable('evaluation_answers')
        .set({ self_answer: null, evidence: '[]', prefilled_from: null, self_updated_at: now })
        .where('id', '=', row.id)
        .execute();
      withdrawn.push(rule.criterionId);
      continue;
    }
    const values = {
      ...{ self_answer: rule.answer, evidence: JSON.stringify(fact.evidence), prefilled_from: rule.fact },
      ...{ self_updated_by: null, self_updated_at: now },
    };
    if (row) await db.updateTable('evaluation_answers').set(values).where('id', '=', row.id).execute();
    else
      await db
        .insertInto('evaluation_answers', {
          ...{ id: newId(), evaluation_id: ev.id, criterion_id: rule.criterionId, ...values },
          ...{ self_note: null, final_answer: null, evaluator_note: null, final_updated_by: null, final_updated_at: null },
        })
        .execute();
    answered.push(rule.criterionId);
  }
  return { answered, withdrawn };
}

/** Refreshes the pre-answers of an evaluation while the OPD self-assesses (OPD planners or an evaluator). */
export async function prefillEvaluation(ctx: RequestContext, evaluationId: string, version: number): Promise<EvaluationView> {
  // SECURITY: tenant-scoped lookup first (404 for another tenant's id), the policy after.
  const row = await loadEvaluation(ctx, evaluationId);
  const actor = await evaluationActor(ctx);
  enforce(mayPrefill(actor, row.unit_id, row.status));
  await inTransaction(ctx, async (tx) => {
    await bumpEvaluation(tx, row.id, version);
    const outcome = await applyPrefill(tx, row);
    await recordAudit(tx, 'evaluation.prefilled', { objectType: 'evaluation', objectId: row.id, data: { ...outcome } });
  });
  return evaluationView(ctx, await loadEvaluation(ctx, evaluationId), actor);
}
