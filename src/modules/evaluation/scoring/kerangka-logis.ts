import { ScoreDecimal, type ScoreValue, toExact } from './decimal.ts';
import { valuesFromAnswers } from './score.ts';
import type { Answers, EvaluationTemplate, KerangkaLogisRule } from './types.ts';

/** A kerangka logis rule broken by the current answers. */
export interface KerangkaLogisViolation {
  readonly rule: KerangkaLogisRule;
  readonly criterionId: string;
  readonly value: string;
  readonly limit: string;
  readonly message: string;
}

/** The criterion ids a rule compares against, as a list. */
export function comparedIds(rule: KerangkaLogisRule): readonly string[] {
  return typeof rule.comparedTo === 'string' ? [rule.comparedTo] : rule.comparedTo;
}

/** The limit of a rule (the compared answer, or the mean of several), or undefined while any is unanswered. */
function limitOf(rule: KerangkaLogisRule, values: ReadonlyMap<string, ScoreValue>): ScoreValue | undefined {
  const ids = comparedIds(rule);
  if (ids.length === 0 || ids.some((id) => !values.has(id))) return undefined;
  return ids.reduce((sum, id) => sum.plus(values.get(id)!), new ScoreDecimal(0)).div(ids.length);
}

/** Rules broken by criterion values; a rule involving an unanswered criterion is not checked yet. */
export function violationsFromValues(
  template: EvaluationTemplate,
  values: ReadonlyMap<string, ScoreValue>,
): KerangkaLogisViolation[] {
  const violations: KerangkaLogisViolation[] = [];
  for (const rule of template.rules) {
    const value = values.get(rule.criterionId);
    const limit = limitOf(rule, values);
    if (value === undefined || limit === undefined || !value.gt(limit)) continue;
    violations.push({ rule, criterionId: rule.criterionId, value: toExact(value), limit: toExact(limit), message: rule.message });
  }
  return violations;
}

/** Kerangka logis violations of the answers (throws InvalidAnswersError on invalid answers). */
export function checkKerangkaLogis(template: EvaluationTemplate, answers: Answers): KerangkaLogisViolation[] {
  return violationsFromValues(template, valuesFromAnswers(template, answers));
}

/** What still blocks finalising an evaluation: unanswered criteria and kerangka logis violations. */
export interface FinaliseBlockers {
  readonly unanswered: readonly string[];
  readonly violations: readonly KerangkaLogisViolation[];
}

/** The unanswered criteria and the violations that block finalisation. */
export function finaliseBlockers(template: EvaluationTemplate, answers: Answers): FinaliseBlockers {
  const values = valuesFromAnswers(template, answers);
  const unanswered = template.components.flatMap((c) =>
    c.subComponents.flatMap((s) => s.criteria.map((k) => k.id).filter((id) => !values.has(id))),
  );
  return { unanswered, violations: violationsFromValues(template, values) };
}

/** True only when every criterion is answered and no kerangka logis rule is broken. */
export function mayFinalise(template: EvaluationTemplate, answers: Answers): boolean {
  const blockers = finaliseBlockers(template, answers);
  return blockers.unanswered.length === 0 && blockers.violations.length === 0;
}
