/** Pure rules of who evaluates desa (DPMD) and who reads evaluations, rankings, the dashboard and the band settings. */
import type { IdmDecision, IdmViewer } from './idm.policy.ts';

const allow: IdmDecision = { allowed: true };
const forbid = (reason: string): IdmDecision => ({ allowed: false, reason });

/**
 * SECURITY: desa are evaluated by the kabupaten: a holder of `villages.idm.manage` working in DPMD, or a tenant admin
 * who holds it (the same actors idm.policy accepts as DPMD). They also edit the worksheet and the band settings.
 */
export function mayEvaluateVillages(v: IdmViewer): IdmDecision {
  return v.managesIdm && (v.inVillageUnit || v.isAdmin) ? allow : forbid('villages.evaluation.notVillageUnit');
}

/** SECURITY: rankings, the kabupaten dashboard, the recap, settings and worksheet are read by regency staff and DPMD. */
export function mayReadVillageResults(v: IdmViewer): IdmDecision {
  return v.readsRegency || mayEvaluateVillages(v).allowed ? allow : forbid('villages.evaluation.cannotRead');
}

/** SECURITY: one desa's evaluation: regency staff and DPMD, or the desa's own operator (final evaluations only). */
export function mayReadDesaEvaluation(v: IdmViewer, desaId: string, isFinal: boolean): IdmDecision {
  if (mayReadVillageResults(v).allowed) return allow;
  if (v.submitsForDesa && v.linkedDesaIds.includes(desaId)) return isFinal ? allow : forbid('villages.evaluation.notFinalYet');
  return forbid('villages.evaluation.cannotRead');
}

/** A final evaluation is frozen: answers change only while it is a draft. */
export function mayChangeAnswers(status: 'draft' | 'final'): IdmDecision {
  return status === 'draft' ? allow : forbid('villages.evaluation.alreadyFinal');
}
